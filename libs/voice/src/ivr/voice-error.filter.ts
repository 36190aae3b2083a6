import { ArgumentsHost, Catch, ExceptionFilter, ForbiddenException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { IvrTwiml } from './ivr-twiml';

/**
 * No webhook ever answers Twilio with a 500: whatever broke, the caller hears an apology and waits
 * for the regional pool. Only a refused signature gets its 403.
 */
@Catch()
export class VoiceErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(VoiceErrorFilter.name);

  constructor(private readonly twiml: IvrTwiml) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof ForbiddenException) {
      response.status(403).type('text/plain').send('Invalid Twilio signature');
      return;
    }
    this.logger.error(
      { err: (error as Error)?.message },
      'voice webhook failed: caller sent to the regional pool',
    );
    response
      .status(200)
      .type('text/xml')
      .send(this.twiml.enqueue({ kind: 'region' }, 'technicalDifficulty'));
  }
}

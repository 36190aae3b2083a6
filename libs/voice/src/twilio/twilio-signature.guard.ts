import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  Logger,
} from '@nestjs/common';
import { AuditAction, AuditLogService, originOf } from '@gru/audit';
import { AppConfig } from '@gru/config';
import type { Request } from 'express';
import { isValidTwilioSignature } from './twilio-sdk';

/**
 * Every /voice route: the X-Twilio-Signature must match the auth token over the public URL and
 * the form fields. A forged or unsigned request gets 403 and leaves an audit entry.
 */
@Injectable()
export class TwilioSignatureGuard implements CanActivate {
  private readonly logger = new Logger(TwilioSignatureGuard.name);

  constructor(
    private readonly config: AppConfig,
    private readonly auditLog: AuditLogService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const signature = request.get('x-twilio-signature');
    const token = this.config.values.twilio.authToken;
    const url = `${this.config.values.http.publicBaseUrl.replace(/\/$/, '')}${request.originalUrl}`;
    const params = (
      typeof request.body === 'object' && request.body !== null ? request.body : {}
    ) as Record<string, string>;
    if (token && signature && isValidTwilioSignature(token, signature, url, params)) return true;
    this.logger.warn(
      { url, hasSignature: Boolean(signature) },
      'Twilio webhook refused: bad or missing signature',
    );
    await this.auditLog
      .record({
        action: AuditAction.SignatureRejected,
        resourceType: 'twilio-webhook',
        resourceId: typeof params.CallSid === 'string' ? params.CallSid.slice(0, 64) : null,
        actor: { userId: null, role: null },
        origin: originOf(request),
        details: { path: request.path, hasSignature: Boolean(signature) },
      })
      .catch(() => undefined);
    throw new ForbiddenException('Invalid Twilio signature');
  }
}

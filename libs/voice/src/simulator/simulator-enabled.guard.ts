import { CanActivate, Injectable } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import { DomainException, ErrorCode } from '@gru/errors';

/** The simulator routes exist only without Twilio (`VOICE_TELEPHONY=simulated`): a real number never gets fake calls. */
@Injectable()
export class SimulatorEnabledGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(): boolean {
    if (this.config.values.twilio.telephony !== 'simulated')
      throw new DomainException(
        ErrorCode.NotFound,
        "Simulateur d'appels désactivé (VOICE_TELEPHONY=twilio).",
      );
    return true;
  }
}

import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '@gru/auth';
import { toE164 } from '@gru/citizens';
import { AppConfig } from '@gru/config';
import { ValidationFailedException } from '@gru/errors';
import { ContactOutcome } from '@gru/requests';
import { TerritoryService } from '@gru/territory';
import { randomBytes } from 'node:crypto';
import { isOpen } from '../hours/opening-hours';
import { CallContextStore } from '../ivr/call-context.store';
import { CallIntake } from '../ivr/call-intake.service';
import { IvrRouting } from '../ivr/ivr-routing.service';
import { VoiceSettingsService } from '../voice-settings.service';
import { SimulatedCalls } from './simulated-calls.service';
import { PlaceSimulatedCallDto, SimulatedCallDto } from './simulator.dto';

/**
 * A call placed from the desk or `npm run demo:call`: the same steps as Twilio's webhooks
 * (arrival, opening hours, postcode, commune choice), so it goes through the real routing.
 */
@Injectable()
export class SimulatedCallPlacement {
  constructor(
    private readonly config: AppConfig,
    private readonly settings: VoiceSettingsService,
    private readonly intake: CallIntake,
    private readonly routing: IvrRouting,
    private readonly context: CallContextStore,
    private readonly territory: TerritoryService,
    private readonly calls: SimulatedCalls,
  ) {}

  async place(input: PlaceSimulatedCallDto, user: AuthenticatedUser): Promise<SimulatedCallDto> {
    const from = toE164(input.from);
    if (!from)
      throw new ValidationFailedException([
        {
          field: 'from',
          messages: ['from : numéro de téléphone attendu / expected a phone number'],
        },
      ]);
    const communeChoice = this.communeChoice(input.postcode, input.inseeCode);
    const callSid = `CA${randomBytes(16).toString('hex')}`;
    await this.context.remember(callSid, { from, simulatedBy: user.id });
    await this.intake.arrival(callSid, from);
    if (!isOpen(this.settings.values, new Date(), this.config.values.twilio.opening)) {
      await this.intake.markOutcome(callSid, ContactOutcome.OutOfHours);
      return this.calls.describe(callSid);
    }
    await this.routing.postcodeEntered(callSid, input.postcode, 1, undefined);
    if (communeChoice !== undefined)
      await this.routing.communeChosen(callSid, input.postcode, String(communeChoice), 1);
    return this.calls.describe(callSid);
  }

  /** The key the caller presses when the postcode spans several antennas; undefined when it does not. */
  private communeChoice(postcode: string, inseeCode: string | undefined): number | undefined {
    const resolution = this.territory.resolvePostcode(postcode);
    if (!resolution.inRegion || !resolution.ambiguous) return undefined;
    const { antennas } = this.territory.describeAmbiguousPostcode(postcode);
    const index = antennas.findIndex((antenna) =>
      antenna.communes.some((commune) => commune.inseeCode === inseeCode),
    );
    if (index >= 0 && index < 9) return index + 1;
    const communes = antennas
      .flatMap((antenna) => antenna.communes)
      .map((commune) => `${commune.name} (${commune.inseeCode})`)
      .join(', ');
    throw new ValidationFailedException([
      {
        field: 'inseeCode',
        messages: [
          `inseeCode : ce code postal couvre plusieurs antennes, précisez la commune : ${communes} / the postcode spans several antennas`,
        ],
      },
    ]);
  }
}

import { Injectable } from '@nestjs/common';
import { isValidPostcode, TerritoryService } from '@gru/territory';
import { CallContextStore } from './call-context.store';
import { CallIntake } from './call-intake.service';
import { CallTarget } from './call-target';
import { IvrTwiml } from './ivr-twiml';

const HEADQUARTERS_KIND = 'headquarters';

/**
 * The IVR's decisions: postcode → antenna, asking (never guessing) when a postcode spans several
 * antennas, and the regional pool after repeated failures or outside the region. Stateless: the
 * attempt count and the caller's known antenna travel in the action URLs.
 */
@Injectable()
export class IvrRouting {
  constructor(
    private readonly territory: TerritoryService,
    private readonly twiml: IvrTwiml,
    private readonly intake: CallIntake,
    private readonly callContext: CallContextStore,
  ) {}

  welcome(knownAntennaId: string | undefined): string {
    const known = knownAntennaId ? this.territory.index.antenna(knownAntennaId) : undefined;
    const knownAntenna =
      known && known.kind !== HEADQUARTERS_KIND
        ? { id: known.id, name: spokenName(known.name) }
        : undefined;
    return this.twiml.askPostcode(1, { welcome: true, knownAntenna });
  }

  async postcodeEntered(
    callSid: string,
    digits: string,
    attempt: number,
    knownAntennaId: string | undefined,
  ): Promise<string> {
    if (digits === '1' && knownAntennaId && this.territory.index.antenna(knownAntennaId)) {
      return this.route(callSid, this.targetOf(knownAntennaId), 'known-caller');
    }
    if (!isValidPostcode(digits)) return this.retryOrPool(callSid, attempt);
    const resolution = this.territory.resolvePostcode(digits);
    await this.callContext.remember(callSid, { postcode: resolution.postcode });
    if (!resolution.inRegion)
      return this.route(callSid, { kind: 'region' }, 'out-of-region', 'outOfRegion');
    if (resolution.ambiguous)
      return this.twiml.askCommune(this.territory.describeAmbiguousPostcode(digits), 1);
    return this.route(callSid, this.targetOf(resolution.antennaIds[0]), 'postcode');
  }

  async communeChosen(
    callSid: string,
    postcode: string,
    digits: string,
    attempt: number,
  ): Promise<string> {
    if (!isValidPostcode(postcode))
      return this.route(callSid, { kind: 'region' }, 'ivr-failed', 'tooManyAttempts');
    await this.callContext.remember(callSid, { postcode });
    const description = this.territory.describeAmbiguousPostcode(postcode);
    const choice = /^[1-9]$/.test(digits) ? description.antennas[Number(digits) - 1] : undefined;
    if (choice) return this.route(callSid, this.targetOf(choice.antennaId), 'commune-choice');
    if (attempt < this.twiml.settings.maxPostcodeAttempts)
      return this.twiml.askCommune(description, attempt + 1);
    return this.route(callSid, { kind: 'region' }, 'ivr-failed', 'tooManyAttempts');
  }

  private async retryOrPool(callSid: string, attempt: number): Promise<string> {
    if (attempt < this.twiml.settings.maxPostcodeAttempts)
      return this.twiml.askPostcode(attempt + 1, { problem: 'notUnderstood' });
    return this.route(callSid, { kind: 'region' }, 'ivr-failed', 'tooManyAttempts');
  }

  /** The headquarters area (Lille metropolis) has no antenna: the mobile team serves it. */
  private targetOf(holderId: string): CallTarget {
    const holder = this.territory.index.antenna(holderId);
    if (!holder || holder.kind === HEADQUARTERS_KIND) return { kind: 'mobile-team' };
    return { kind: 'antenna', antennaId: holder.id, antennaName: spokenName(holder.name) };
  }

  private async route(
    callSid: string,
    target: CallTarget,
    how: string,
    intro?: Parameters<IvrTwiml['enqueue']>[1],
  ): Promise<string> {
    const antennaId =
      target.kind === 'antenna'
        ? target.antennaId
        : target.kind === 'mobile-team'
          ? this.territory.index.headquartersId
          : null;
    await this.callContext.remember(callSid, { antennaId: antennaId ?? undefined, routedBy: how });
    await this.intake.routed(callSid, antennaId, how, new Date());
    return this.twiml.enqueue(target, intro);
  }
}

/** "Antenne d'Amiens" is said mid-sentence: "votre antenne d'Amiens". */
function spokenName(name: string): string {
  return name.replace(/^Antenne /, 'antenne ');
}

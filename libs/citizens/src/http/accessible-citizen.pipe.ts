import { ArgumentMetadata, Injectable, ParseUUIDPipe, PipeTransform } from '@nestjs/common';
import type { AuthenticatedUser } from '@gru/auth';
import { CitizenAccess } from '../citizen-access.service';
import { CitizenDirectory } from '../citizen-directory.service';
import type { Citizen } from '../persistence/citizen.entity';

/** What `@LoadedCitizen()` hands its pipe: the raw route parameter and the caller. */
export interface CitizenLookup {
  readonly id: string;
  readonly user: AuthenticatedUser;
}

/**
 * Turns a citizen's route parameter into the citizen, in the order the controllers used to do it by
 * hand: 400 for a malformed id, 404 for an unknown one, 403 when `CitizenAccess` refuses.
 */
@Injectable()
export class AccessibleCitizenPipe implements PipeTransform<CitizenLookup, Promise<Citizen>> {
  private readonly uuid = new ParseUUIDPipe();

  constructor(
    private readonly directory: CitizenDirectory,
    private readonly access: CitizenAccess,
  ) {}

  async transform(lookup: CitizenLookup, metadata: ArgumentMetadata): Promise<Citizen> {
    // Nest 12 types the pipe for optional ids too; a required one is returned or refused with a 400.
    const id = (await this.uuid.transform(lookup.id, metadata)) as string;
    const citizen = await this.directory.get(id);
    await this.access.assertMayRead(lookup.user, citizen);
    return citizen;
  }
}

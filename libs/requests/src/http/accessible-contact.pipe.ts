import { ArgumentMetadata, Injectable, ParseUUIDPipe, PipeTransform } from '@nestjs/common';
import type { AuthenticatedUser } from '@gru/auth';
import { AccessDeniedException } from '@gru/errors';
import { ContactAccess } from '../contacts/contact-access.service';
import { ContactLog } from '../contacts/contact-log.service';
import type { Contact } from '../contacts/contact.entity';

export interface ContactLookup {
  readonly id: string;
  readonly user: AuthenticatedUser;
}

/** A contact's route parameter → the contact: 400 malformed id, 404 unknown, 403 when `ContactAccess` refuses reading it. */
@Injectable()
export class AccessibleContactPipe implements PipeTransform<ContactLookup, Promise<Contact>> {
  private readonly uuid = new ParseUUIDPipe();

  constructor(
    private readonly contacts: ContactLog,
    protected readonly access: ContactAccess,
  ) {}

  async transform(lookup: ContactLookup, metadata: ArgumentMetadata): Promise<Contact> {
    const id = (await this.uuid.transform(lookup.id, metadata)) as string;
    const contact = await this.contacts.get(id);
    await this.assertAllowed(lookup.user, contact);
    return contact;
  }

  protected async assertAllowed(user: AuthenticatedUser, contact: Contact): Promise<void> {
    if (!(await this.access.mayRead(user, contact)))
      throw new AccessDeniedException("Ce contact n'est pas dans votre périmètre.");
  }
}

/** The same, for coding the contact: only its agent and their antenna's supervisors. */
@Injectable()
export class CodableContactPipe extends AccessibleContactPipe {
  protected override assertAllowed(user: AuthenticatedUser, contact: Contact): Promise<void> {
    if (!this.access.mayCode(user, contact))
      throw new AccessDeniedException(
        "Seuls l'agent qui a traité ce contact et les encadrants de son antenne peuvent le coder.",
      );
    return Promise.resolve();
  }
}

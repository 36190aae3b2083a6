import Table from '@codegouvfr/react-dsfr/Table';
import { citizenPage, contactOutcomeLabels } from '../../../content/citizens';
import { channelLabels } from '../../../content/requests';
import type { components } from '../../../lib/api/schema.gen';
import { formatDateTime } from '../../../lib/format';

type Contact = components['schemas']['ContactSummaryDto'];

export function ContactsTable({ contacts }: { readonly contacts: readonly Contact[] }) {
  if (contacts.length === 0) return <p>{citizenPage.noContacts}</p>;
  return (
    <Table
      caption={citizenPage.contactsCaption}
      headers={[
        citizenPage.contactWhen,
        citizenPage.contactChannel,
        citizenPage.contactDirection,
        citizenPage.contactOutcome,
      ]}
      data={contacts.map((contact) => [
        formatDateTime(contact.startedAt),
        channelLabels[contact.channel],
        contact.direction === 'inbound' ? citizenPage.inbound : citizenPage.outbound,
        contactOutcomeLabels[contact.outcome],
      ])}
    />
  );
}

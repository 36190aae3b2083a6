import Table from '@codegouvfr/react-dsfr/Table';
import { KnowledgeLinks } from '../../../components/knowledge-links';
import { citizenPage, contactOutcomeLabels } from '../../../content/citizens';
import { desk } from '../../../content/desk';
import { channelLabels } from '../../../content/requests';
import type { components } from '../../../lib/api/schema.gen';
import { formatDateTime } from '../../../lib/format';

type Contact = components['schemas']['ContactSummaryDto'];

const reasons: Record<string, string> = desk.coding.reasons;
const reasonLabel = (code: string) => reasons[code] ?? code;

export function ContactsTable({ contacts }: { readonly contacts: readonly Contact[] }) {
  if (contacts.length === 0) return <p>{citizenPage.noContacts}</p>;
  return (
    <Table
      caption={citizenPage.contactsCaption}
      headers={[
        citizenPage.contactWhen,
        citizenPage.contactChannel,
        citizenPage.contactDirection,
        citizenPage.contactReason,
        citizenPage.contactOutcome,
        citizenPage.contactKnowledge,
      ]}
      data={contacts.map((contact) => [
        formatDateTime(contact.startedAt),
        channelLabels[contact.channel],
        contact.direction === 'inbound' ? citizenPage.inbound : citizenPage.outbound,
        contact.reasonCode ? reasonLabel(contact.reasonCode) : '—',
        contactOutcomeLabels[contact.outcome],
        <KnowledgeLinks key="knowledge" articles={contact.knowledgeArticles} />,
      ])}
    />
  );
}

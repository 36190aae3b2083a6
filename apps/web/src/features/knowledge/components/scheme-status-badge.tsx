import Badge from '@codegouvfr/react-dsfr/Badge';
import { knowledge } from '../../../content/knowledge';

const SEVERITY = { open: 'success', upcoming: 'info', closed: 'warning', archived: 'new' } as const;

/** A scheme's status (from its campaign dates): Ouvert, À venir, Clos, Archivé. */
export function SchemeStatusBadge({ status }: { readonly status: string }) {
  const severity = SEVERITY[status as keyof typeof SEVERITY] ?? 'info';
  return (
    <Badge small noIcon severity={severity === 'new' ? undefined : severity}>
      {knowledge.schemeStatuses[status] ?? status}
    </Badge>
  );
}

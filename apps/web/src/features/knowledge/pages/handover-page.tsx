import Alert from '@codegouvfr/react-dsfr/Alert';
import Badge from '@codegouvfr/react-dsfr/Badge';
import Button from '@codegouvfr/react-dsfr/Button';
import { Link, useParams } from 'react-router';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { knowledge } from '../../../content/knowledge';
import { pageTitles } from '../../../content/navigation';
import { formatDate, formatDateTime } from '../../../lib/format';
import { linkTo } from '../../../lib/paths';
import { ANTENNA_SUPERVISOR_ROLES } from '../../../lib/roles';
import { useSessionUser } from '../../../lib/session-user';
import {
  type Handover,
  type HandoverItem,
  useHandover,
  useHandoverReaders,
  useHandovers,
  useMarkHandoverRead,
} from '../api/handover';
import { resultLink } from '../components/search-results';

const copy = knowledge.handover;

/**
 * `/passation`: the latest weekly hand-over, marked read by each agent; supervisors see who has read
 * it. `/connaissances/passations/:handoverId` (the weekly email's link) opens a given one.
 */
export function HandoverPage() {
  const { handoverId } = useParams();
  return (
    <Page title={pageTitles.handover}>
      <p>{copy.intro}</p>
      {handoverId ? <OneHandover id={handoverId} /> : <LatestHandover />}
    </Page>
  );
}

function LatestHandover() {
  const handovers = useHandovers();
  if (handovers.isPending) return <Loading />;
  if (handovers.isError) return <Alert severity="error" small description={copy.loadError} />;
  const [latest, ...earlier] = handovers.data;
  if (latest === undefined) return <p>{copy.none}</p>;
  return (
    <>
      <HandoverView handover={latest} />
      {earlier.length > 0 && (
        <section aria-labelledby="earlier-title" className="fr-mt-4w">
          <h2 id="earlier-title" className="fr-h4">
            {copy.earlier}
          </h2>
          <ul>
            {earlier.map((handover) => (
              <li key={handover.id}>
                <Link to={linkTo.handover(handover.id)}>
                  {copy.period(formatDate(handover.periodFrom), formatDate(handover.periodTo))}
                </Link>{' '}
                {handover.readAt === null && (
                  <Badge small noIcon severity="new">
                    {copy.notRead}
                  </Badge>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function OneHandover({ id }: { readonly id: string }) {
  const handover = useHandover(id);
  if (handover.isPending) return <Loading />;
  if (handover.isError) return <Alert severity="error" small description={copy.loadError} />;
  return <HandoverView handover={handover.data} />;
}

function HandoverView({ handover }: { readonly handover: Handover }) {
  const user = useSessionUser();
  const markRead = useMarkHandoverRead();
  const supervisor = ANTENNA_SUPERVISOR_ROLES.includes(user.role);
  return (
    <>
      <h2 className="fr-h4">
        {copy.period(formatDate(handover.periodFrom), formatDate(handover.periodTo))}
      </h2>
      {handover.items.length === 0 ? <p>{copy.empty}</p> : <HandoverItems items={handover.items} />}
      <div role="status" className="fr-mt-2w">
        {handover.readAt !== null ? (
          <p>{copy.read(formatDateTime(handover.readAt))}</p>
        ) : (
          <Button
            iconId="fr-icon-check-line"
            disabled={markRead.isPending}
            onClick={() => markRead.mutate(handover.id)}
          >
            {copy.markRead}
          </Button>
        )}
      </div>
      {supervisor && <Readers handoverId={handover.id} />}
    </>
  );
}

export function HandoverItems({ items }: { readonly items: readonly HandoverItem[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={`${item.type}:${item.slug}:${item.revision}`}>
          <Badge
            small
            noIcon
            severity={
              item.change === 'published' ? 'new' : item.change === 'archived' ? 'warning' : 'info'
            }
          >
            {copy.changes[item.change] ?? item.change}
          </Badge>{' '}
          <Link to={item.path || resultLink(item)}>{item.title}</Link>{' '}
          <span className="fr-text--sm">
            ({knowledge.kinds[item.type] ?? item.type}, {formatDate(item.at)})
          </span>
        </li>
      ))}
    </ul>
  );
}

function Readers({ handoverId }: { readonly handoverId: string }) {
  const readers = useHandoverReaders(handoverId, true);
  if (readers.isPending) return <Loading />;
  if (readers.isError) return <Alert severity="error" small description={copy.loadError} />;
  return (
    <section aria-labelledby="readers-title" className="fr-mt-4w">
      <h2 id="readers-title" className="fr-h4">
        {copy.readers}
      </h2>
      <div className="fr-table">
        <table>
          <caption>{copy.readersCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{copy.reader}</th>
              <th scope="col">{copy.readAt}</th>
            </tr>
          </thead>
          <tbody>
            {readers.data.map((reader) => (
              <tr key={reader.userId}>
                <th scope="row">{reader.displayName}</th>
                <td>{reader.readAt ? formatDateTime(reader.readAt) : copy.notRead}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

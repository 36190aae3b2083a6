import Badge from '@codegouvfr/react-dsfr/Badge';
import Button from '@codegouvfr/react-dsfr/Button';
import { Link } from 'react-router';
import { desk } from '../../../content/desk';
import { paths } from '../../../lib/paths';
import type { PoppedCitizen, ScreenPop } from '../api/desk-events';
import { citizenName, formatDateTime } from '../../../lib/format';
import { labelOf } from './label-of';

interface CallDetailsProps {
  readonly pop: ScreenPop;
  /** The citizen the call is about: matched by the number, chosen among candidates, or created. */
  readonly citizen: PoppedCitizen | null;
  readonly onChooseCitizen: (citizen: PoppedCitizen) => void;
  readonly onCreateCitizen: () => void;
}

/** What the screen pop knows of the caller: number, place, antenna, citizen, requests, contacts. */
export function CallDetails({ pop, citizen, onChooseCitizen, onCreateCitizen }: CallDetailsProps) {
  return (
    <>
      <dl className="fr-mb-2w">
        <dt className="fr-text--bold">{desk.call.caller}</dt>
        <dd>{pop.callerNumber ?? desk.call.unknownNumber}</dd>
        <dt className="fr-text--bold">{desk.call.postcode}</dt>
        <dd>{pop.postcode ?? '—'}</dd>
        <dt className="fr-text--bold">{desk.call.commune}</dt>
        <dd>{pop.communes.length > 0 ? pop.communes.join(', ') : '—'}</dd>
        <dt className="fr-text--bold">{desk.call.antenna}</dt>
        <dd>
          {pop.antennaName ?? '—'}{' '}
          {pop.overflowed && (
            <Badge severity="warning" small>
              {`${desk.call.overflow} — ${desk.call.overflowStep(pop.step ?? 0)}`}
            </Badge>
          )}
        </dd>
        <dt className="fr-text--bold">{desk.call.citizen}</dt>
        <dd>
          {citizen ? (
            <Link to={`${paths.citizens}/${citizen.id}`}>{citizenName(citizen)}</Link>
          ) : (
            desk.call.unknownCitizen
          )}
        </dd>
      </dl>
      {!citizen && pop.candidates.length > 0 && (
        <>
          <h3 className="fr-h6">{desk.call.candidates}</h3>
          <ul>
            {pop.candidates.map(({ citizen: candidate }) => (
              <li key={candidate.id}>
                <Link to={`${paths.citizens}/${candidate.id}`}>{citizenName(candidate)}</Link>{' '}
                <Button priority="tertiary" size="small" onClick={() => onChooseCitizen(candidate)}>
                  {`C’est cet usager : ${citizenName(candidate)}`}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {!citizen && (
        <Button priority="secondary" className="fr-mb-2w" onClick={onCreateCitizen}>
          {desk.call.createCitizen}
        </Button>
      )}
      <h3 className="fr-h6">{desk.call.openRequests}</h3>
      {pop.openRequests.length === 0 ? (
        <p>{desk.call.noOpenRequests}</p>
      ) : (
        <ul>
          {pop.openRequests.map((request) => (
            <li key={request.id}>
              <Link to={`${paths.requests}/${request.id}`}>
                {`${request.reference} — ${request.subject}`}
              </Link>{' '}
              ({labelOf(desk.requestStatuses, request.status)})
            </li>
          ))}
        </ul>
      )}
      {pop.recentContacts.length > 0 && (
        <>
          <h3 className="fr-h6">{desk.call.recentContacts}</h3>
          <ul>
            {pop.recentContacts.map((contact) => (
              <li key={contact.id}>
                {`${formatDateTime(contact.startedAt)} — ${labelOf(desk.channels, contact.channel)} — ${labelOf(desk.contactOutcomes, contact.outcome)}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

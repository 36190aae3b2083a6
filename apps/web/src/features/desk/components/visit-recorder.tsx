import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { desk } from '../../../content/desk';
import { useRecordVisit } from '../api/record-visit';

const time = new Intl.DateTimeFormat('fr-FR', { timeStyle: 'short', timeZone: 'Europe/Paris' });

/** Front-desk footfall: one click counts a visit; the last one recorded is said in a status line. */
export function VisitRecorder() {
  const record = useRecordVisit();
  const [recorded, setRecorded] = useState<{ count: number; at: Date } | null>(null);

  return (
    <section aria-labelledby="visit-title" className="fr-mb-3w">
      <h2 id="visit-title" className="fr-h5">
        {desk.visit.heading}
      </h2>
      <p className="fr-hint-text">{desk.visit.hint}</p>
      <Button
        iconId="fr-icon-user-add-line"
        disabled={record.isPending}
        onClick={() =>
          record.mutate(undefined, {
            onSuccess: () =>
              setRecorded((previous) => ({ count: (previous?.count ?? 0) + 1, at: new Date() })),
          })
        }
      >
        {desk.visit.record}
      </Button>
      <p role="status" className="fr-mt-1w">
        {recorded && desk.visit.recorded(time.format(recorded.at), recorded.count)}
      </p>
      <div role="alert">
        {record.isError && <Alert severity="error" small description={desk.visit.failed} />}
      </div>
    </section>
  );
}

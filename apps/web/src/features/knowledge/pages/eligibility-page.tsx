import Alert from '@codegouvfr/react-dsfr/Alert';
import { Page } from '../../../components/page';
import { knowledge } from '../../../content/knowledge';
import { ApiError } from '../../../lib/api/api-error';
import { useCheckEligibility } from '../api/eligibility';
import { EligibilityForm } from '../components/eligibility-form';
import { EligibilityResults } from '../components/eligibility-results';

/** `/connaissances/eligibilite`: which open schemes fit the citizen, and why not the others. */
export function EligibilityPage() {
  const check = useCheckEligibility();
  return (
    <Page title={knowledge.eligibility.title}>
      <p>{knowledge.eligibility.intro}</p>
      <EligibilityForm pending={check.isPending} onSubmit={(query) => check.mutate(query)} />
      <div role="alert">
        {check.isError && (
          <Alert
            severity="error"
            small
            className="fr-mt-2w"
            description={
              check.error instanceof ApiError ? check.error.message : knowledge.eligibility.failed
            }
          />
        )}
      </div>
      <div aria-live="polite">{check.data && <EligibilityResults answer={check.data} />}</div>
    </Page>
  );
}

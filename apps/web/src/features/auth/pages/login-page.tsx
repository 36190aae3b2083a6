import { useLocation, useNavigate } from 'react-router';
import { Page } from '../../../components/page';
import { auth } from '../../../content/auth';
import { pageTitles } from '../../../content/navigation';
import { LoginForm } from '../components/login-form';
import { safeReturnPath } from '../lib/return-path';

/** The address `RequireAuth` sent the visitor from, if it is one of ours. */
function returnTargetOf(state: unknown): string {
  return safeReturnPath(
    typeof state === 'object' && state !== null && 'from' in state ? state.from : null,
  );
}

export function LoginPage() {
  const navigate = useNavigate();
  const location = useLocation();

  return (
    <div className="fr-container fr-my-6w">
      <div className="fr-grid-row fr-grid-row--center">
        <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
          <Page title={pageTitles.login}>
            <p>{auth.loginIntro}</p>
            <LoginForm
              onSignedIn={() => void navigate(returnTargetOf(location.state), { replace: true })}
            />
          </Page>
        </div>
      </div>
    </div>
  );
}

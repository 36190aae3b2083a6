import { useLocation, useNavigate } from 'react-router';
import { Page } from '../../../components/page';
import { auth } from '../../../content/auth';
import { pageTitles } from '../../../content/navigation';
import { paths } from '../../../lib/paths';
import { LoginForm } from '../components/login-form';

function returnPathOf(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const { from } = state;
    if (typeof from === 'string' && from.startsWith('/') && from !== paths.login) return from;
  }
  return paths.home;
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
              onSignedIn={() => void navigate(returnPathOf(location.state), { replace: true })}
            />
          </Page>
        </div>
      </div>
    </div>
  );
}

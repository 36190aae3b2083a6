import Alert from '@codegouvfr/react-dsfr/Alert';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../../../components/loading';
import { common } from '../../../content/common';
import { paths } from '../../../lib/paths';
import { SessionUserContext, useSessionUser } from '../../../lib/session-user';
import { type CurrentUser, useCurrentUser } from '../api/me';
import { useSessionOpen } from '../api/use-session-open';
import { returnPathOf } from '../lib/return-path';

/** Renders its routes for a signed-in agent; otherwise sends to the login page, then back. */
export function RequireAuth() {
  const open = useSessionOpen();
  const location = useLocation();
  const currentUser = useCurrentUser(open);

  if (!open) {
    return <Navigate to={paths.login} replace state={{ from: returnPathOf(location) }} />;
  }
  if (currentUser.isPending) return <Loading />;
  if (currentUser.isError) {
    return (
      <main className="fr-container fr-my-4w">
        <Alert severity="error" small description={common.unexpectedError} />
      </main>
    );
  }
  return (
    <SessionUserContext value={currentUser.data}>
      <Outlet />
    </SessionUserContext>
  );
}

/** The signed-in agent, anywhere under `RequireAuth`. */
export function useAuthenticatedUser(): CurrentUser {
  return useSessionUser();
}

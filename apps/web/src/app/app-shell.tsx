import { useLocation, useNavigate } from 'react-router';
import { useAuthenticatedUser, useLogout } from '../features/auth';
import { common } from '../content/common';
import { linkTo, paths } from '../lib/paths';
import { CASEWORK_ROLES } from '../lib/roles';
import { Layout } from './layout';
import { sectionsFor } from './navigation';

/** The signed-in frame: the sections of the agent's role and the sign-out button. */
export function AppShell() {
  const user = useAuthenticatedUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const signOut = async () => {
    // The session is closed whatever the API answered; the login page is next either way.
    await logout.mutateAsync().catch(() => undefined);
    await navigate(paths.login, { replace: true });
  };

  const navigation = sectionsFor(user.role).map((section) => ({
    text: section.title,
    linkProps: { to: section.path },
    isActive: pathname === section.path || pathname.startsWith(`${section.path}/`),
  }));

  return (
    <Layout
      navigation={navigation}
      onSearch={
        CASEWORK_ROLES.includes(user.role)
          ? (text) => {
              if (text.trim()) void navigate(linkTo.search(text.trim()));
            }
          : undefined
      }
      quickAccessItems={[
        {
          iconId: 'fr-icon-logout-box-r-line',
          text: common.logout,
          buttonProps: {
            disabled: logout.isPending,
            onClick: () => void signOut(),
          },
        },
      ]}
    />
  );
}

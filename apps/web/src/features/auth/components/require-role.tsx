import type { ReactNode } from 'react';
import { Page } from '../../../components/page';
import { accessDenied } from '../../../content/navigation';
import type { Role } from '../../../lib/roles';
import { useAuthenticatedUser } from './require-auth';

interface RequireRoleProps {
  readonly roles: readonly Role[];
  readonly children: ReactNode;
}

/** The page for the roles it names; any other role reads why it cannot open it. */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const user = useAuthenticatedUser();
  if (roles.includes(user.role)) return children;
  return (
    <Page title={accessDenied.title}>
      <p>{accessDenied.body}</p>
    </Page>
  );
}

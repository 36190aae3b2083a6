export type { CurrentUser } from './api/me';
export { useCurrentUser } from './api/me';
export { useLogout } from './api/logout';
export { useSessionOpen } from './api/use-session-open';
export { RequireAuth, useAuthenticatedUser } from './components/require-auth';
export { RequireRole } from './components/require-role';

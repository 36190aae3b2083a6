import { Navigate } from 'react-router';
import { useAuthenticatedUser } from '../../features/auth';
import { NotFoundPage } from './not-found-page';
import { sectionsFor } from '../navigation';

/** `/` opens the first section of the agent's role. */
export function HomeRedirect() {
  const [first] = sectionsFor(useAuthenticatedUser().role);
  return first ? <Navigate to={first.path} replace /> : <NotFoundPage />;
}

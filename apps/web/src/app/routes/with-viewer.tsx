import type { ComponentType } from 'react';
import { useAuthenticatedUser } from '../../features/auth';
import type { ViewerProps } from '../../lib/viewer';

/**
 * A lazy page that depends on who uses it (role, antenna): the app hands the signed-in user over,
 * since features never import the auth feature.
 */
export function withViewer(
  load: () => Promise<ComponentType<ViewerProps>>,
): () => Promise<ComponentType> {
  return async () => {
    const Screen = await load();
    return function ViewerPage() {
      const { role, antennaId, mobileTeam } = useAuthenticatedUser();
      return <Screen viewer={{ role, antennaId, mobileTeam }} />;
    };
  };
}

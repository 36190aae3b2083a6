import { inbox } from '../../../content/requests';
import { useSessionUser } from '../../../lib/session-user';
import type { StaffMember } from '../api/antenna-staff';

/** An assignee's name from the antenna's team; "Moi" for the agent, a neutral word otherwise. */
export function useAssigneeName(staff: readonly StaffMember[] | undefined) {
  const user = useSessionUser();
  return (userId: string): string => {
    if (userId === user.id) return inbox.me;
    return staff?.find((member) => member.id === userId)?.displayName ?? inbox.unknownAssignee;
  };
}

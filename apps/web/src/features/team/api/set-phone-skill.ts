import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { teamKeys } from './team-keys';

export interface PhoneSkillChange {
  readonly userId: string;
  readonly phoneSkill: boolean;
}

/** Grants or withdraws the phone skill; the antenna's skills are read again afterwards. */
export function useSetPhoneSkill() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, phoneSkill }: PhoneSkillChange) =>
      unwrap(
        api.PUT('/api/voice/agents/{userId}/skill', {
          params: { path: { userId } },
          body: { phoneSkill },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...teamKeys.all, 'phone-skills'] }),
  });
}

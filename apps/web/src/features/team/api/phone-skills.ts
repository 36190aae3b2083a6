import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { teamKeys } from './team-keys';

export const phoneSkillsQueryOptions = (antennaId: string) =>
  queryOptions({
    queryKey: teamKeys.phoneSkills(antennaId),
    queryFn: () =>
      unwrap(
        api.GET('/api/voice/antennas/{antennaId}/phone-skills', {
          params: { path: { antennaId } },
        }),
      ),
  });

export function usePhoneSkills(antennaId: string | null) {
  return useQuery({ ...phoneSkillsQueryOptions(antennaId ?? ''), enabled: antennaId !== null });
}

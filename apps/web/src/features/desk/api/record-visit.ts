import { useMutation } from '@tanstack/react-query';
import { api, unwrapEmpty } from '../../../lib/api/client';

/** POST /api/contacts on the `visit` channel: a citizen seen at the front desk, in the agent's antenna. */
export function useRecordVisit() {
  return useMutation({
    mutationFn: () =>
      unwrapEmpty(
        api.POST('/api/contacts', {
          body: { channel: 'visit', direction: 'inbound', outcome: 'answered_on_the_spot' },
        }),
      ),
  });
}

import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { EligibilityQuery } from '../components/eligibility-form';

/** `POST /api/knowledge/eligibility` over the open schemes. */
export function useCheckEligibility() {
  return useMutation({
    mutationFn: (query: EligibilityQuery) =>
      unwrap(api.POST('/api/knowledge/eligibility', { body: query })),
  });
}

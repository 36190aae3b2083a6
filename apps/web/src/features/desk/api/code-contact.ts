import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';

export type ContactCoding = components['schemas']['CodeContactDto'];

/** POST /api/contacts/{id}/coding: reason, scheme, outcome, note of a contact the agent handled. */
export function codeContact(contactId: string, coding: ContactCoding) {
  return unwrap(
    api.POST('/api/contacts/{id}/coding', { params: { path: { id: contactId } }, body: coding }),
  );
}

export function useCodeContact() {
  return useMutation({
    mutationFn: ({ contactId, coding }: { contactId: string; coding: ContactCoding }) =>
      codeContact(contactId, coding),
  });
}

/** Query keys of the mailboxes screen; changes invalidate by prefix with `mailboxesKeys.all`. */
export const mailboxesKeys = {
  all: ['mailboxes'] as const,
  list: () => [...mailboxesKeys.all, 'list'] as const,
};

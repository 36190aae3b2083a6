/** Query keys of the quarantine screen; decisions invalidate by prefix with `quarantineKeys.all`. */
export const quarantineKeys = {
  all: ['mail-quarantine'] as const,
  list: () => [...quarantineKeys.all, 'list'] as const,
  raw: (id: string) => [...quarantineKeys.all, 'raw', id] as const,
};

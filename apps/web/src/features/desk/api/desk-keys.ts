/** Query keys of the desk; invalidate by prefix with `deskKeys.all`. */
export const deskKeys = {
  all: ['desk'] as const,
  me: () => [...deskKeys.all, 'me'] as const,
};

/** Query keys of the auth feature; invalidate by prefix with `authKeys.all`. */
export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

/** Query keys of the accounts screen; invalidate by prefix with `usersKeys.all`. */
export const usersKeys = {
  all: ['users'] as const,
  list: () => [...usersKeys.all, 'list'] as const,
  detail: (id: string) => [...usersKeys.all, 'detail', id] as const,
  antennas: () => [...usersKeys.all, 'antennas'] as const,
};

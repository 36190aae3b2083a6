/** Query keys of the citizens feature; mutations invalidate by prefix with `citizenKeys.all`. */
export const citizenKeys = {
  all: ['citizens'] as const,
  search: (q: string) => [...citizenKeys.all, 'search', q] as const,
  detail: (id: string) => [...citizenKeys.all, 'detail', id] as const,
  timeline: (id: string) => [...citizenKeys.detail(id), 'timeline'] as const,
  requests: (id: string) => [...citizenKeys.detail(id), 'requests'] as const,
  candidates: (id: string) => [...citizenKeys.detail(id), 'merge-candidates'] as const,
  merges: (id: string) => [...citizenKeys.detail(id), 'merges'] as const,
};

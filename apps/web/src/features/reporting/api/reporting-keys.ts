/** Query keys of the dashboards; invalidate by prefix with `reportingKeys.all`. */
export const reportingKeys = {
  all: ['reporting'] as const,
  antennas: () => [...reportingKeys.all, 'antennas'] as const,
  report: (name: string, query: object) => [...reportingKeys.all, name, query] as const,
};

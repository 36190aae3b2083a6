/** Query keys of the dashboards; invalidate by prefix with `reportingKeys.all`. */
export const reportingKeys = {
  all: ['reporting'] as const,
  antennas: () => [...reportingKeys.all, 'antennas'] as const,
  seats: () => [...reportingKeys.all, 'seats'] as const,
  regionMap: () => [...reportingKeys.all, 'region-map'] as const,
  report: (name: string, query: object) => [...reportingKeys.all, name, query] as const,
};

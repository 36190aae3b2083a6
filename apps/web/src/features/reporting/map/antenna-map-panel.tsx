import { useQuery } from '@tanstack/react-query';
import { reporting } from '../../../content/reporting';
import { seatsQueryOptions } from '../api/antennas';
import type { CountReport } from '../api/report-models';
import { reportingKeys } from '../api/reporting-keys';
import { AntennaMap } from './antenna-map';
import type { RegionMap } from './region-map';

/** The outlines (about 40 kB compressed) load with the first map, not with the dashboard. */
const regionMapQueryOptions = () => ({
  queryKey: reportingKeys.regionMap(),
  queryFn: async () => (await import('./hauts-de-france.map.json')).default as unknown as RegionMap,
  staleTime: Infinity,
});

/** The contacts by antenna on the region's map; the breakdown's table under it holds the figures. */
export function AntennaMapPanel({ report }: { readonly report: CountReport }) {
  const map = useQuery(regionMapQueryOptions());
  const seats = useQuery(seatsQueryOptions());
  if (map.isError || seats.isError) return null;
  if (map.data === undefined || seats.data === undefined) {
    return <p className="fr-text--sm">{reporting.map.loading}</p>;
  }
  return (
    <AntennaMap
      map={map.data}
      title={reporting.map.title}
      bubbles={report.rows.map((row) => ({
        key: row.key,
        label: row.label,
        count: row.count,
        inseeTown: seats.data.get(row.key),
      }))}
    />
  );
}

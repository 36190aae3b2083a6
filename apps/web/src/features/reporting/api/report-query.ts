import type { ReportFilter } from '../filters/report-filter';

/** The filters every reporting endpoint takes, from the dashboard's filter (no empty parameter). */
export function reportQuery(filter: ReportFilter) {
  return {
    from: filter.from,
    to: filter.to,
    ...(filter.antennaId ? { antennaId: filter.antennaId } : {}),
    ...(filter.channel ? { channel: filter.channel } : {}),
    ...(filter.aidSchemeSlug ? { aidSchemeSlug: filter.aidSchemeSlug } : {}),
    ...(filter.reasonCode ? { reasonCode: filter.reasonCode } : {}),
  };
}

import Tabs from '@codegouvfr/react-dsfr/Tabs';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { Page } from '../../../components/page';
import { pageTitles } from '../../../content/navigation';
import { reporting } from '../../../content/reporting';
import { REGIONAL_SUPERVISOR_ROLES } from '../../../lib/roles';
import { useSessionUser } from '../../../lib/session-user';
import { useAntennas } from '../api/antennas';
import { ActivityTab } from '../components/activity-tab';
import { ContactsTab } from '../components/contacts-tab';
import { ExportPanel } from '../components/export-panel';
import { FootfallTab } from '../components/footfall-tab';
import { ReportFilters } from '../components/report-filters';
import { RequestsTab } from '../components/requests-tab';
import { useExport } from '../components/use-export';
import { VoiceTab } from '../components/voice-tab';
import {
  filterFromSearch,
  REPORT_TABS,
  type ReportFilter,
  searchFromFilter,
} from '../filters/report-filter';

/**
 * `/statistiques`: managers' dashboards. Managers and admins see every antenna and may pick one;
 * antenna managers see what the API lets them (their antenna). Every choice lives in the address.
 */
export function ReportingPage() {
  const viewer = useSessionUser();
  const regional = REGIONAL_SUPERVISOR_ROLES.includes(viewer.role);
  const [search, setSearch] = useSearchParams();
  const today = useMemo(() => new Date(), []);
  const filter = filterFromSearch(search, today);
  const antennas = useAntennas();
  const names = useMemo(
    () => new Map((antennas.data ?? []).map((antenna) => [antenna.id, antenna.name])),
    [antennas.data],
  );
  const exporter = useExport(filter);
  const go = (next: ReportFilter) => setSearch(searchFromFilter(next, today));

  const ignored = ignoredFilters(filter);

  const panel = () => {
    switch (filter.tab) {
      case 'contacts':
        return <ContactsTab filter={filter} names={names} onChange={go} />;
      case 'voice':
        return <VoiceTab filter={filter} names={names} onChange={go} />;
      case 'activity':
        return <ActivityTab filter={filter} names={names} onChange={go} />;
      case 'footfall':
        return <FootfallTab filter={filter} names={names} />;
      case 'requests':
        return <RequestsTab filter={filter} names={names} />;
    }
  };

  return (
    <Page title={pageTitles.statistics}>
      <p>{reporting.intro}</p>
      {!regional && viewer.antennaId !== null && (
        <p className="fr-text--bold">
          {reporting.scopeAntennaManager(names.get(viewer.antennaId) ?? viewer.antennaId)}
        </p>
      )}
      <ReportFilters
        // A new address (back button, shared link) sets the form afresh.
        key={search.toString()}
        filter={filter}
        antennas={regional ? (antennas.data ?? []) : null}
        today={today}
        onApply={go}
      />
      <p className="fr-text--lead fr-mb-2w">{reporting.period(filter.from, filter.to)}</p>
      <Tabs
        label={reporting.tabsLabel}
        selectedTabId={filter.tab}
        onTabChange={(tab) => {
          const next = REPORT_TABS.find((candidate) => candidate === tab);
          if (next) go({ ...filter, tab: next });
        }}
        tabs={REPORT_TABS.map((tab) => ({ tabId: tab, label: reporting.tabs[tab] }))}
      >
        {ignored.length > 0 && (
          <p className="fr-hint-text fr-mb-2w">{reporting.notFiltered(ignored)}</p>
        )}
        {panel()}
      </Tabs>
      <ExportPanel state={exporter.state} onStart={exporter.start} onCancel={exporter.cancel} />
    </Page>
  );
}

/** The filters set that the current tab's figures cannot take (the voice and time figures have none). */
function ignoredFilters(filter: ReportFilter): string[] {
  const names = reporting.filterNames;
  const set = [
    filter.channel && names.channel,
    filter.aidSchemeSlug && names.scheme,
    filter.reasonCode && names.reason,
  ].filter((name): name is string => typeof name === 'string');
  if (filter.tab === 'contacts') return [];
  if (filter.tab === 'requests') return filter.reasonCode ? [names.reason] : [];
  return set;
}

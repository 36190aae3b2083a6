import Tabs from '@codegouvfr/react-dsfr/Tabs';
import Alert from '@codegouvfr/react-dsfr/Alert';
import Pagination from '@codegouvfr/react-dsfr/Pagination';
import { useSearchParams } from 'react-router';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { RequestsTable } from '../../../components/requests-table';
import { common } from '../../../content/common';
import { inbox } from '../../../content/requests';
import { FRONT_LINE_ROLES } from '../../../lib/roles';
import { useSessionUser } from '../../../lib/session-user';
import { useAntennaStaff } from '../api/antenna-staff';
import { useRequestList } from '../api/request-list';
import { InboxFilters } from '../components/inbox-filters';
import {
  filterFromSearch,
  INBOX_TABS,
  type InboxTab,
  PAGE_SIZE,
  type RequestListFilter,
  searchFromFilter,
} from '../inbox/inbox-filter';
import { useAssigneeName } from '../components/use-assignee-name';

/** The inbox: the agent's requests by tab and filters, all kept in the address bar. */
export function RequestsPage() {
  const user = useSessionUser();
  const [search, setSearch] = useSearchParams();
  const filter = filterFromSearch(search);
  const list = useRequestList(filter);
  const staff = useAntennaStaff(user.antennaId, FRONT_LINE_ROLES.includes(user.role));
  const assigneeName = useAssigneeName(staff.data);
  // An account without an antenna (instructors, regional staff) has no "my antenna" tab.
  const tabs = INBOX_TABS.filter((tab) => tab !== 'antenna' || user.antennaId !== null);
  const go = (next: RequestListFilter) => setSearch(searchFromFilter(next));
  const pageCount = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;

  return (
    <Page title={inbox.title}>
      <Tabs
        label={inbox.scopesLegend}
        selectedTabId={filter.tab}
        onTabChange={(tab) => go({ ...filter, tab: tab as InboxTab, page: 1 })}
        tabs={tabs.map((tab) => ({ tabId: tab, label: inbox.scopes[tab] }))}
      >
        <InboxFilters filter={filter} onApply={(next) => go({ ...next, page: 1 })} />
        <p aria-live="polite" className="fr-sr-only">
          {list.data ? inbox.caption(list.data.total) : ''}
        </p>
        {list.isPending && <Loading />}
        {list.isError && <Alert severity="error" small description={common.unexpectedError} />}
        {list.data &&
          (list.data.items.length === 0 ? (
            <p className="fr-mt-2w">{inbox.empty}</p>
          ) : (
            <>
              <RequestsTable
                caption={`${inbox.scopes[filter.tab]} — ${inbox.caption(list.data.total)}`}
                requests={list.data.items}
                assigneeName={assigneeName}
              />
              {pageCount > 1 && (
                <Pagination
                  count={pageCount}
                  defaultPage={filter.page}
                  showFirstLast
                  getPageLinkProps={(page) => ({
                    to: `?${searchFromFilter({ ...filter, page }).toString()}`,
                  })}
                />
              )}
            </>
          ))}
      </Tabs>
    </Page>
  );
}

import { reporting } from '../../../content/reporting';
import { useContactsReport } from '../api/contacts-report';
import { AntennaMapPanel } from '../map/antenna-map-panel';
import { CONTACT_DIMENSIONS, type ReportFilter, TIME_STEPS } from '../filters/report-filter';
import { CountSection } from './count-section';
import { KeyFigure } from './delta';
import { GroupSelect } from './group-select';
import { QueryState } from './query-state';

interface TabProps {
  readonly filter: ReportFilter;
  readonly names: ReadonlyMap<string, string>;
  readonly onChange: (filter: ReportFilter) => void;
}

const copy = reporting.contacts;

/** Contacts: the period's total against the previous one, a breakdown, and the curve over time. */
export function ContactsTab({ filter, names, onChange }: TabProps) {
  const byDimension = useContactsReport(filter, filter.dimension, names);
  const overTime = useContactsReport(filter, filter.step, names);
  const dimension = copy.dimensions[filter.dimension];
  const step = copy.steps[filter.step];

  return (
    <>
      <QueryState query={byDimension}>
        {(report) => (
          <>
            <div className="fr-grid-row fr-grid-row--gutters fr-mb-3w">
              <KeyFigure
                label={copy.total}
                value={reporting.format.number(report.total)}
                current={report.total}
                previous={report.previous?.total}
                hint={
                  report.previous
                    ? reporting.comparison.previous(report.previous.from, report.previous.to)
                    : undefined
                }
              />
            </div>
            <GroupSelect
              label={copy.dimension}
              value={filter.dimension}
              choices={CONTACT_DIMENSIONS}
              labels={copy.dimensions}
              onChange={(next) => onChange({ ...filter, dimension: next })}
            />
            <CountSection
              id="contacts-breakdown"
              title={copy.byDimension(dimension)}
              keyHeader={dimension}
              report={report}
              chart="bar"
              alsoShown={
                filter.dimension === 'antenna' ? <AntennaMapPanel report={report} /> : undefined
              }
            />
          </>
        )}
      </QueryState>
      <GroupSelect
        label={copy.step}
        value={filter.step}
        choices={TIME_STEPS}
        labels={copy.steps}
        onChange={(next) => onChange({ ...filter, step: next })}
      />
      <QueryState query={overTime}>
        {(report) => (
          <CountSection
            id="contacts-over-time"
            title={copy.overTime(step)}
            keyHeader={step}
            report={report}
            chart="line"
            chronological
          />
        )}
      </QueryState>
    </>
  );
}

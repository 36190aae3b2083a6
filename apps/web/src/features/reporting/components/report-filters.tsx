import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import Select from '@codegouvfr/react-dsfr/Select';
import { SchemeSelect } from '../../../components/scheme-select';
import { type FormEvent, useState } from 'react';
import { desk } from '../../../content/desk';
import { channelLabels } from '../../../content/requests';
import { reporting } from '../../../content/reporting';
import {
  CHANNELS,
  type Channel,
  defaultFilter,
  monthOf,
  monthPeriod,
  REASON_CODES,
  type ReasonCode,
  recentMonths,
  type ReportFilter,
} from '../filters/report-filter';

export interface AntennaChoice {
  readonly id: string;
  readonly name: string;
}

interface ReportFiltersProps {
  readonly filter: ReportFilter;
  /** The antennas one may choose from; none for an antenna manager, whose scope is fixed. */
  readonly antennas: readonly AntennaChoice[] | null;
  readonly today: Date;
  readonly onApply: (filter: ReportFilter) => void;
}

const CUSTOM = 'autre';

function pick<T extends string>(value: FormDataEntryValue | null, allowed: readonly T[]) {
  return allowed.find((candidate) => candidate === value);
}

/** Period (a month or any two days), antenna, channel, scheme and reason; applied on submit. */
export function ReportFilters({ filter, antennas, today, onApply }: ReportFiltersProps) {
  const [from, setFrom] = useState(filter.from);
  const [to, setTo] = useState(filter.to);
  const month = monthOf(from, to) ?? CUSTOM;
  const months = recentMonths(today, 24);
  const periodError = from > to;

  const chooseMonth = (value: string) => {
    const period = monthPeriod(value);
    if (period === null) return;
    setFrom(period.from);
    setTo(period.to);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (periodError || from === '' || to === '') return;
    const form = new FormData(event.currentTarget);
    const antenna = form.get('antennaId');
    const scheme = form.get('aidSchemeSlug');
    onApply({
      ...filter,
      from,
      to,
      antennaId:
        antennas === null
          ? filter.antennaId
          : typeof antenna === 'string' && antenna
            ? antenna
            : undefined,
      channel: pick<Channel>(form.get('channel'), CHANNELS),
      aidSchemeSlug: typeof scheme === 'string' && scheme.trim() ? scheme.trim() : undefined,
      reasonCode: pick<ReasonCode>(form.get('reasonCode'), REASON_CODES),
    });
  };

  return (
    <form
      onSubmit={submit}
      aria-label={reporting.filters.title}
      className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-3w"
      noValidate
    >
      <div className="fr-col-12 fr-col-md-4">
        <Select
          label={reporting.filters.month}
          nativeSelectProps={{ value: month, onChange: (event) => chooseMonth(event.target.value) }}
        >
          {month === CUSTOM && <option value={CUSTOM}>{reporting.filters.customPeriod}</option>}
          {/* A shared address may name a month older than the list: keep it shown. */}
          {month !== CUSTOM && !months.includes(month) && (
            <option value={month}>{reporting.filters.monthName(month)}</option>
          )}
          {months.map((value) => (
            <option key={value} value={value}>
              {reporting.filters.monthName(value)}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-col-6 fr-col-md-2">
        <Input
          label={reporting.filters.from}
          nativeInputProps={{
            type: 'date',
            name: 'from',
            value: from,
            required: true,
            onChange: (event) => setFrom(event.target.value),
          }}
        />
      </div>
      <div className="fr-col-6 fr-col-md-2">
        <Input
          label={reporting.filters.to}
          state={periodError ? 'error' : 'default'}
          stateRelatedMessage={periodError ? reporting.filters.periodError : undefined}
          nativeInputProps={{
            type: 'date',
            name: 'to',
            value: to,
            required: true,
            min: from,
            'aria-invalid': periodError,
            onChange: (event) => setTo(event.target.value),
          }}
        />
      </div>
      {antennas !== null && (
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label={reporting.filters.antenna}
            nativeSelectProps={{ name: 'antennaId', defaultValue: filter.antennaId ?? '' }}
          >
            <option value="">{reporting.filters.allAntennas}</option>
            {antennas.map((antenna) => (
              <option key={antenna.id} value={antenna.id}>
                {antenna.name}
              </option>
            ))}
          </Select>
        </div>
      )}
      <div className="fr-col-12 fr-col-md-3">
        <Select
          label={reporting.filters.channel}
          nativeSelectProps={{ name: 'channel', defaultValue: filter.channel ?? '' }}
        >
          <option value="">{reporting.filters.allChannels}</option>
          {CHANNELS.map((value) => (
            <option key={value} value={value}>
              {channelLabels[value]}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-col-12 fr-col-md-3">
        <SchemeSelect
          label={reporting.filters.scheme}
          emptyLabel={reporting.filters.allSchemes}
          current={filter.aidSchemeSlug}
          nativeSelectProps={{ name: 'aidSchemeSlug', defaultValue: filter.aidSchemeSlug ?? '' }}
        />
      </div>
      <div className="fr-col-12 fr-col-md-3">
        <Select
          label={reporting.filters.reason}
          nativeSelectProps={{ name: 'reasonCode', defaultValue: filter.reasonCode ?? '' }}
        >
          <option value="">{reporting.filters.allReasons}</option>
          {REASON_CODES.map((value) => (
            <option key={value} value={value}>
              {desk.coding.reasons[value]}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-col-12 fr-col-md-3">
        <Button type="submit" className="fr-mr-1w">
          {reporting.filters.apply}
        </Button>
        <Button
          type="button"
          priority="tertiary no outline"
          size="small"
          onClick={() => onApply({ ...defaultFilter(today), tab: filter.tab })}
        >
          {reporting.filters.reset}
        </Button>
      </div>
    </form>
  );
}

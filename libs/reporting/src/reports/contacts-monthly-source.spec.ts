import { type ContactFilters, contactsMonthlySource } from './contacts-report.service';
import { CONTACTS_BY_MONTH, CONTACTS_CODED_BY_MONTH } from './months-and-days';

describe('the monthly rollup a contacts report reads', () => {
  // What the controller hands over: the whole query, not only the contact filters.
  const query: ContactFilters & { from: string; to: string; groupBy: string } = {
    from: '2025-01-01',
    to: '2025-12-31',
    groupBy: 'month,channel',
  };

  it('is the one without the coding when split and filtered by antenna, channel or month', () => {
    expect(contactsMonthlySource(['month', 'channel'], query)).toBe(CONTACTS_BY_MONTH);
    expect(contactsMonthlySource(['antenna'], { ...query, channel: 'phone' })).toBe(
      CONTACTS_BY_MONTH,
    );
    expect(contactsMonthlySource([], query)).toBe(CONTACTS_BY_MONTH);
  });

  it('is the coded one when split or filtered by scheme, reason or outcome, without channel', () => {
    expect(contactsMonthlySource(['scheme', 'reason', 'outcome'], query)).toBe(
      CONTACTS_CODED_BY_MONTH,
    );
    expect(contactsMonthlySource(['antenna', 'month'], { ...query, scheme: 'aide-permis' })).toBe(
      CONTACTS_CODED_BY_MONTH,
    );
  });

  it('is none when the report needs what both sum away', () => {
    expect(contactsMonthlySource(['channel', 'scheme'], query)).toBeUndefined();
    expect(contactsMonthlySource(['scheme'], { ...query, channel: 'email' })).toBeUndefined();
    expect(contactsMonthlySource(['day'], query)).toBeUndefined();
  });
});

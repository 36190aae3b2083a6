import { type ContactFilters, contactsMonthlySource } from './contacts-report.service';
import {
  CONTACTS_BY_MONTH,
  CONTACTS_CODED_BY_MONTH,
  CONTACTS_CODED_REGION_BY_MONTH,
} from './months-and-days';

describe('the monthly rollup a contacts report reads', () => {
  // What the controller hands over: the whole query, not only the contact filters.
  const query: ContactFilters & { from: string; to: string; groupBy: string } = {
    from: '2025-01-01',
    to: '2025-12-31',
    groupBy: 'month,channel',
  };
  const REGION = null;
  const AMIENS = ['amiens'];

  it('is the one without the coding when split and filtered by antenna, channel or month', () => {
    for (const scope of [REGION, AMIENS]) {
      expect(contactsMonthlySource(['month', 'channel'], query, scope)).toBe(CONTACTS_BY_MONTH);
      expect(contactsMonthlySource(['antenna'], { ...query, channel: 'phone' }, scope)).toBe(
        CONTACTS_BY_MONTH,
      );
      expect(contactsMonthlySource([], query, scope)).toBe(CONTACTS_BY_MONTH);
    }
  });

  it("is the region's coded one for the whole region split or filtered by coding, without antenna", () => {
    expect(contactsMonthlySource(['scheme', 'reason', 'outcome'], query, REGION)).toBe(
      CONTACTS_CODED_REGION_BY_MONTH,
    );
    expect(contactsMonthlySource(['month'], { ...query, scheme: 'aide-permis' }, REGION)).toBe(
      CONTACTS_CODED_REGION_BY_MONTH,
    );
  });

  it("is the antennas' coded one when split by antenna, or for a reader of some antennas only", () => {
    expect(contactsMonthlySource(['scheme', 'reason', 'outcome'], query, AMIENS)).toBe(
      CONTACTS_CODED_BY_MONTH,
    );
    expect(
      contactsMonthlySource(['antenna', 'month'], { ...query, scheme: 'aide-permis' }, REGION),
    ).toBe(CONTACTS_CODED_BY_MONTH);
  });

  it('is none when the report needs what they all sum away', () => {
    for (const scope of [REGION, AMIENS]) {
      expect(contactsMonthlySource(['channel', 'scheme'], query, scope)).toBeUndefined();
      expect(
        contactsMonthlySource(['scheme'], { ...query, channel: 'email' }, scope),
      ).toBeUndefined();
      expect(contactsMonthlySource(['day'], query, scope)).toBeUndefined();
    }
  });
});

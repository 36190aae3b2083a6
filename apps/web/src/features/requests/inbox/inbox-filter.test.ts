import { describe, expect, it } from '@jest/globals';
import { filterFromSearch, searchFromFilter, toApiQuery } from './inbox-filter';

describe('inbox filter and the address bar', () => {
  it('reads a shared address into the filter and writes it back unchanged', () => {
    const address =
      'vue=antenna&statut=new%2Cwaiting_citizen&canal=email&dispositif=bourse-etudiante&echeance=overdue&page=3';
    const filter = filterFromSearch(new URLSearchParams(address));
    expect(filter).toEqual({
      tab: 'antenna',
      statuses: ['new', 'waiting_citizen'],
      channel: 'email',
      aidSchemeSlug: 'bourse-etudiante',
      due: 'overdue',
      page: 3,
    });
    expect(searchFromFilter(filter).toString()).toBe(address);
  });

  it('falls back to my open requests, page 1, on an empty or tampered address', () => {
    expect(filterFromSearch(new URLSearchParams(''))).toEqual({
      tab: 'mine',
      statuses: [],
      channel: undefined,
      aidSchemeSlug: undefined,
      due: undefined,
      page: 1,
    });
    const tampered = filterFromSearch(
      new URLSearchParams('vue=all&statut=lost,new&canal=fax&echeance=later&page=-2'),
    );
    expect(tampered).toMatchObject({ tab: 'mine', statuses: ['new'], page: 1 });
    expect(tampered.channel).toBeUndefined();
    expect(searchFromFilter(tampered).toString()).toBe('statut=new');
  });

  it('asks the API for the scope of the tab, and for what is due soon or late on the due tab', () => {
    expect(toApiQuery(filterFromSearch(new URLSearchParams('vue=unassigned&statut=new')))).toEqual({
      scope: 'unassigned',
      status: ['new'],
      channel: undefined,
      aidSchemeSlug: undefined,
      due: undefined,
      page: 1,
      pageSize: 20,
    });
    expect(toApiQuery(filterFromSearch(new URLSearchParams('vue=due')))).toMatchObject({
      scope: 'all-visible',
      due: 'soon-or-overdue',
    });
    expect(
      toApiQuery(filterFromSearch(new URLSearchParams('vue=due&echeance=soon'))),
    ).toMatchObject({ due: 'soon' });
  });
});

import { describe, expect, it } from '@jest/globals';
import type { Revision } from '../api/revisions';
import { articleFieldsOf, fieldsOfRevision, schemeFieldsOf } from './entry-fields';

const schemeRevision = {
  number: 3,
  title: 'Aide au permis',
  scheme: {
    slug: 'aide-permis-conduire',
    name: 'Aide au permis',
    shortName: null,
    theme: 'mobilite-emploi',
    summary: '<p>Résumé</p>',
    body: '<p>Corps</p>',
    audiences: ['jeunes'],
    tags: ['permis', 'auto-école'],
    eligibility: { minAge: 18, maxAge: 30 },
    amounts: '1 000 €',
    opensOn: '2026-03-02',
    closesOn: null,
    requiredDocuments: ['Pièce d’identité'],
    applyUrl: 'https://aides.hautsdefrance.example/permis',
    applyChannel: 'online',
    responsibleService: null,
    referentInstructorEmail: null,
    mailboxId: null,
  },
} as unknown as Revision;

describe('entry fields', () => {
  it('fills the form from a scheme revision', () => {
    expect(fieldsOfRevision(schemeRevision)).toMatchObject({
      kind: 'scheme',
      slug: 'aide-permis-conduire',
      title: 'Aide au permis',
      theme: 'mobilite-emploi',
      opensOn: '2026-03-02',
      closesOn: '',
      tags: 'permis, auto-école',
    });
  });

  it('saves what the form edits over what the previous revision said (eligibility, documents kept)', () => {
    const fields = {
      ...fieldsOfRevision(schemeRevision),
      title: ' Aide régionale au permis ',
      closesOn: '2027-02-26',
      tags: 'permis, , conduite ',
      changeNote: 'Clôture fixée',
    };
    const saved = schemeFieldsOf(fields, schemeRevision.scheme);
    expect(saved).toMatchObject({
      name: 'Aide régionale au permis',
      closesOn: '2027-02-26',
      tags: ['permis', 'conduite'],
      eligibility: { minAge: 18, maxAge: 30 },
      requiredDocuments: ['Pièce d’identité'],
      applyUrl: 'https://aides.hautsdefrance.example/permis',
      changeNote: 'Clôture fixée',
    });
    expect(saved).not.toHaveProperty('slug');
  });

  it('saves an article with empty links as null', () => {
    const fields = {
      ...fieldsOfRevision(schemeRevision),
      title: 'FAQ',
      schemeSlug: '',
      changeNote: '',
    };
    expect(articleFieldsOf(fields, 'faq')).toMatchObject({
      kind: 'faq',
      title: 'FAQ',
      schemeSlug: null,
      antennaId: null,
      changeNote: undefined,
    });
  });
});

import { Civility, ContactChannel, NewCitizen } from '@gru/citizens';

/** Demo citizens spread over several antennas (fictitious people, example.fr addresses). */
export const DEMO_CITIZENS: (NewCitizen & {
  requests: { channel: ContactChannel; subject: string; aidSchemeSlug?: string }[];
})[] = [
  {
    civility: Civility.Madame,
    firstName: 'Hélène',
    lastName: 'Lefèvre',
    phones: ['06 12 34 56 78'],
    emails: ['helene.lefevre@example.fr'],
    inseeCode: '80021',
    requests: [
      {
        channel: ContactChannel.Email,
        subject: 'Bourse au mérite : pièces justificatives',
        aidSchemeSlug: 'bourse-etudiante',
      },
    ],
  },
  {
    civility: Civility.Monsieur,
    firstName: 'Karim',
    lastName: 'Benali',
    phones: ['03 22 11 22 33'],
    inseeCode: '80021',
    requests: [
      {
        channel: ContactChannel.Phone,
        subject: 'Rappel : aide au permis de conduire',
        aidSchemeSlug: 'aide-au-permis-de-conduire',
      },
    ],
  },
  {
    civility: Civility.Madame,
    firstName: 'Noémie',
    lastName: 'Thévenin',
    emails: ['noemie.thevenin@example.fr'],
    postcode: '80100',
    requests: [
      { channel: ContactChannel.Letter, subject: 'Courrier : remboursement transport scolaire' },
    ],
  },
  {
    civility: Civility.Monsieur,
    firstName: 'Jean-Baptiste',
    lastName: 'Dufour',
    phones: ['06 98 76 54 32'],
    inseeCode: '62041',
    requests: [{ channel: ContactChannel.Visit, subject: 'Accueil : chèque énergie régional' }],
  },
  {
    civility: Civility.Madame,
    firstName: 'Chloé',
    lastName: 'Vasseur',
    phones: ['07 81 22 33 44'],
    postcode: '80370',
    requests: [
      { channel: ContactChannel.Phone, subject: 'Information sur les aides à la mobilité' },
    ],
  },
  {
    civility: Civility.Monsieur,
    firstName: 'Théo',
    lastName: 'Lemaire',
    emails: ['theo.lemaire@example.fr'],
    inseeCode: '02408',
    requests: [],
  },
];

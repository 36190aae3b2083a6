/** French copy shared by every screen: the service's identity, skip links, navigation, generic states. */
export const common = {
  serviceName: 'GRU — Relation usagers',
  serviceTagline: 'Relation usagers des antennes régionales',
  institution: 'Région Hauts-de-France',
  homeTitle: 'Accueil — GRU — Relation usagers',
  pageTitle: (title: string) => `${title} — GRU — Relation usagers`,
  unnamedCitizen: 'Usager sans nom',
  skipLinks: {
    content: 'Contenu',
    navigation: 'Menu',
    footer: 'Pied de page',
  },
  loading: 'Chargement…',
  footerDescription:
    'GRU est l’outil des agents de la Région Hauts-de-France pour suivre les demandes des usagers, quel que soit leur canal.',
  logout: 'Se déconnecter',
  unexpectedError: 'Une erreur inattendue est survenue. Réessayez dans quelques instants.',
} as const;

/** The sortable tables under the charts (components/sortable-table). */
export const sortableTable = {
  sortedBy: (column: string, direction: 'ascending' | 'descending') =>
    `Tableau trié par ${column}, ordre ${direction === 'ascending' ? 'croissant' : 'décroissant'}.`,
} as const;

/** The charts of the dashboards (components/chart). */
export const chart = {
  label: (what: string) => `Graphique : ${what}. Les chiffres sont dans le tableau qui suit.`,
  failed: 'Le graphique n’a pas pu être affiché ; les chiffres sont dans le tableau qui suit.',
} as const;

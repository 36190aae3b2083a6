export const search = {
  headerPlaceholder: 'Référence, téléphone ou nom',
  title: 'Recherche',
  resultsFor: (q: string) => `Résultats pour « ${q} »`,
  tooShort: 'Saisissez au moins 2 caractères dans la recherche.',
  citizens: 'Usagers',
  requests: 'Demandes',
  noCitizens: 'Aucun usager.',
  noRequests: 'Aucune demande.',
  nothing: 'Aucun résultat. Une référence se tape en entier, par exemple HDF-2026-000123.',
};

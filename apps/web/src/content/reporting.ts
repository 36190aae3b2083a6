type Tab = 'contacts' | 'voice' | 'activity' | 'footfall' | 'requests';
type Dimension = 'antenna' | 'channel' | 'scheme' | 'reason' | 'outcome';
type Step = 'day' | 'week' | 'month';

const number = new Intl.NumberFormat('fr-FR');
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
const signedPercent = new Intl.NumberFormat('fr-FR', {
  style: 'percent',
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});
const longDay = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const monthName = new Intl.DateTimeFormat('fr-FR', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A calendar day (YYYY-MM-DD) in words. */
export function dayInWords(day: string): string {
  return longDay.format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
}

/** French copy of the managers' dashboards (/statistiques). */
export const reporting = {
  intro:
    'Les chiffres des contacts, du numéro vert, de l’activité des agents, de l’accueil physique et des demandes, comparés à la période précédente de même durée.',
  scopeAntennaManager: (antenna: string) => `Chiffres de votre antenne : ${antenna}.`,
  tabsLabel: 'Indicateurs',
  tabs: {
    contacts: 'Contacts',
    voice: 'Numéro vert',
    activity: 'Activité des agents',
    footfall: 'Fréquentation',
    requests: 'Demandes',
  } satisfies Record<Tab, string>,
  filters: {
    title: 'Filtres des statistiques',
    period: 'Période',
    month: 'Mois',
    customPeriod: 'Autre période',
    monthName: (month: string) => {
      const name = monthName.format(new Date(`${month}-01T00:00:00Z`));
      return name.charAt(0).toUpperCase() + name.slice(1);
    },
    from: 'Du',
    to: 'Au',
    antenna: 'Antenne',
    allAntennas: 'Toutes les antennes',
    channel: 'Canal',
    allChannels: 'Tous les canaux',
    scheme: 'Dispositif',
    allSchemes: 'Tous les dispositifs',
    reason: 'Motif',
    allReasons: 'Tous les motifs',
    apply: 'Appliquer',
    reset: 'Réinitialiser',
    periodError: 'La date de fin doit suivre la date de début.',
  },
  notFiltered: (filters: readonly string[]) =>
    `Ces chiffres ne se filtrent pas par ${filters.join(' ni par ')} : ${filters.length > 1 ? 'ces filtres sont ignorés' : 'ce filtre est ignoré'} ici.`,
  filterNames: { channel: 'canal', scheme: 'dispositif', reason: 'motif' },
  period: (from: string, to: string) => `du ${dayInWords(from)} au ${dayInWords(to)}`,
  loadError: 'Les chiffres n’ont pas pu être chargés. Réessayez dans quelques instants.',
  forbidden: 'Cette antenne n’est pas dans votre périmètre.',
  empty: 'Aucun contact sur cette période avec ces filtres.',
  emptyCalls: 'Aucun appel sur cette période.',
  emptyActivity: 'Aucune activité enregistrée sur cette période.',
  emptyVisits: 'Aucune visite enregistrée sur cette période.',
  emptyRequests: 'Aucune demande sur cette période avec ces filtres.',
  comparison: {
    previous: (from: string, to: string) => `Période précédente : ${reporting.period(from, to)}`,
    delta: (ratio: number | null, previous: number) =>
      ratio === null
        ? `aucun sur la période précédente`
        : `${signedPercent.format(ratio)} par rapport à la période précédente (${number.format(previous)})`,
    up: 'en hausse',
    down: 'en baisse',
    same: 'stable',
  },
  contacts: {
    total: 'Contacts sur la période',
    dimension: 'Répartition par',
    dimensions: {
      antenna: 'Antenne',
      channel: 'Canal',
      scheme: 'Dispositif',
      reason: 'Motif',
      outcome: 'Issue',
    } satisfies Record<Dimension, string>,
    step: 'Évolution par',
    steps: { day: 'Jour', week: 'Semaine', month: 'Mois' } satisfies Record<Step, string>,
    byDimension: (dimension: string) => `Contacts par ${dimension.toLowerCase()}`,
    overTime: (step: string) => `Contacts par ${step.toLowerCase()}`,
    columns: {
      contacts: 'Contacts',
      previous: 'Période précédente',
      delta: 'Évolution',
      share: 'Part',
    },
    noScheme: 'Sans dispositif',
    noReason: 'Sans motif',
    noAntenna: 'Sans antenne',
    total_: 'Total',
    weekOf: (day: string) => `Semaine du ${dayInWords(day)}`,
  },
  map: {
    title: 'Carte des contacts par antenne',
    bubble: (antenna: string, contacts: number) =>
      `${antenna} : ${number.format(contacts)} contact${contacts > 1 ? 's' : ''}`,
    caption:
      'Chaque disque est placé au siège de l’antenne ; sa surface est proportionnelle au nombre de contacts. Les chiffres exacts sont dans le tableau ci-dessous.',
    unplaced: (antennas: readonly string[]) => `Hors carte : ${antennas.join(', ')}.`,
    source: 'Contours : IGN, GEOFLA (Licence ouverte).',
    loading: 'Chargement de la carte…',
  },
  voice: {
    group: 'Par',
    groups: { antenna: 'Antenne', day: 'Jour' },
    jain: 'Indice d’équité de Jain',
    jainHint:
      'Appels traités par heure de présence, comparés entre antennes : 1 quand toutes les antennes ont la même charge.',
    serviceLevel: 'Décrochés en 20 s ou moins',
    chart: 'Appels reçus, décrochés et abandonnés',
    caption: (group: string) => `Numéro vert par ${group.toLowerCase()}`,
    columns: {
      key: 'Antenne',
      day: 'Jour',
      offered: 'Appels reçus',
      answered: 'Décrochés',
      within20s: 'Décrochés en 20 s ou moins',
      serviceLevel: 'Niveau de service',
      asa: 'Délai moyen de décroché',
      abandoned: 'Abandons',
      abandonWait: 'Attente avant abandon',
      perStaffedHour: 'Appels traités par heure de présence',
      callbacks: 'Rappels',
      overflow: 'Taux de débordement',
      ownShare: 'Part décrochée par l’antenne',
    },
  },
  activity: {
    group: 'Par',
    groups: { antenna: 'Antenne', agent: 'Agent' },
    chart: 'Heures par activité : téléphone, accueil physique, instruction',
    caption: (group: string) => `Temps par activité et par ${group.toLowerCase()}`,
    workingDays: (days: number) =>
      `${days} ${days > 1 ? 'jours ouvrés' : 'jour ouvré'} sur la période ; les parts se rapportent au temps de travail (35 h par semaine et par agent).`,
    instructionNotMeasured: (reason: string) => `Instruction non mesurée : ${reason}`,
    columns: {
      phone: 'Téléphone (présence)',
      talk: 'dont en communication',
      calls: 'Appels traités',
      visits: 'Visites',
      frontDesk: 'Accueil physique',
      instruction: 'Instruction',
      working: 'Temps de travail',
    },
    share: (hours: string, share: string) => `${hours} (${share})`,
  },
  footfall: {
    chart: 'Visites à l’accueil par antenne et par heure',
    caption: 'Visites à l’accueil par antenne et par heure',
    hour: (hour: number) => `${hour} h`,
    total: 'Visites',
  },
  requests: {
    opened: 'Demandes ouvertes',
    slaMetRate: 'Échéances tenues',
    callbacksKeptRate: 'Rappels tenus dans les délais',
    chart: 'Demandes ouvertes, résolues et en stock par antenne',
    caption: 'Demandes par antenne',
    columns: {
      antenna: 'Antenne',
      opened: 'Ouvertes',
      resolved: 'Résolues',
      backlog: 'En stock à la fin',
      slaMet: 'Échéance tenue',
      slaMissed: 'Échéance dépassée',
      slaMetRate: 'Part dans les délais',
      callbacksDue: 'Rappels dus',
      callbacksKeptRate: 'Rappels tenus',
    },
  },
  exports: {
    title: 'Exporter les lignes',
    hint: 'Chaque contact ou chaque demande de la période, avec les filtres choisis, sans limite de lignes.',
    contactsCsv: 'Contacts (CSV)',
    contactsXlsx: 'Contacts (XLSX)',
    requestsCsv: 'Demandes (CSV)',
    requestsXlsx: 'Demandes (XLSX)',
    cancel: 'Annuler l’export',
    progress: 'Progression de l’export',
    received: (bytes: string, records: number | null, totalRecords: number | null) => {
      const lines = (count: number) => `${number.format(count)} ${count > 1 ? 'lignes' : 'ligne'}`;
      if (records === null)
        return totalRecords === null ? `${bytes} reçus` : `${bytes} reçus (${lines(totalRecords)})`;
      return totalRecords === null
        ? `${bytes} reçus, ${lines(records)}`
        : `${bytes} reçus, ${number.format(records)} sur ${lines(totalRecords)}`;
    },
    done: (fileName: string, records: number | null) =>
      records === null
        ? `Export terminé : ${fileName}.`
        : `Export terminé : ${fileName} (${number.format(records)} ${records > 1 ? 'lignes' : 'ligne'}).`,
    cancelled: 'Export annulé.',
    failed: 'L’export a échoué. Réessayez.',
  },
  none: '—',
  format: {
    number: (value: number) => number.format(value),
    percent: (ratio: number | null) => (ratio === null ? '—' : percent.format(ratio)),
    seconds: (seconds: number | null) =>
      seconds === null ? '—' : `${number.format(Math.round(seconds))} s`,
    hours: (seconds: number) =>
      `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(seconds / 3600)} h`,
  },
};

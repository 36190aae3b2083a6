import type { EventStreamStatus } from '../lib/api/event-stream';

type Presence = 'available' | 'ringing' | 'on_call' | 'wrap_up' | 'break' | 'offline';
type Pool = 'own-antenna' | 'paired-antennas-and-mobile-team' | 'mobile-team' | 'region';

/** French copy of the live board (/tableau-de-bord). */
export const liveBoard = {
  intro:
    'Le numéro vert en direct : appels en attente, agents au téléphone et chiffres du jour, mis à jour sans recharger la page.',
  connection: {
    label: 'Mise à jour en direct',
    status: {
      connecting: 'connexion…',
      open: 'connectée',
      reconnecting: 'interrompue, nouvelle tentative…',
      closed: 'arrêtée',
    } satisfies Record<EventStreamStatus, string>,
    updatedAt: (time: string) => `Données de ${time}`,
  },
  filter: {
    label: 'Antenne affichée',
    all: 'Toutes les antennes',
  },
  antennasCaption: 'Situation par antenne',
  antennasCaptionOne: (name: string) => `Situation : ${name}`,
  columns: {
    antenna: 'Antenne',
    waiting: 'En attente',
    byStep: 'Par étape',
    longestWait: 'Attente la plus longue',
    agents: 'Agents',
    offered: 'Appels reçus',
    answered: 'Décrochés',
    within20s: 'Décrochés en 20 s ou moins',
    abandoned: 'Abandons',
    ownShare: 'Part décrochée par l’antenne',
    callbacks: 'Rappels à faire aujourd’hui',
  },
  totalRow: 'Total',
  /** Singular, plural. */
  presence: {
    available: ['disponible', 'disponibles'],
    ringing: ['en sonnerie', 'en sonnerie'],
    on_call: ['en appel', 'en appel'],
    wrap_up: ['en fin d’appel', 'en fin d’appel'],
    break: ['en pause', 'en pause'],
    offline: ['déconnecté', 'déconnectés'],
  } satisfies Record<Presence, readonly [string, string]>,
  step: (step: number) => `étape ${step + 1}`,
  noneWaiting: 'aucun',
  noAnswerYet: '—',
  waitingTitle: 'Appels en attente',
  waitingCaption: 'Appels en attente, du plus ancien au plus récent',
  waitingColumns: {
    antenna: 'Antenne',
    waited: 'Attente',
    step: 'Étape',
    pool: 'Agents sollicités',
  },
  pools: {
    'own-antenna': 'l’antenne de l’appelant',
    'paired-antennas-and-mobile-team': 'antennes associées et équipe mobile',
    'mobile-team': 'équipe mobile',
    region: 'toute la région',
  } satisfies Record<Pool, string>,
  noWaitingCalls: 'Aucun appel en attente.',
  loadError: 'Le tableau de bord n’a pas pu être chargé. Réessayez dans quelques instants.',
  /** Read out by the polite live region when these two numbers change, not at every refresh. */
  summary: (waiting: number, answered: number) =>
    `${waiting === 0 ? 'Aucun appel' : waiting === 1 ? '1 appel' : `${waiting} appels`} en attente ; ${
      answered === 0
        ? 'aucun appel décroché'
        : answered === 1
          ? '1 appel décroché'
          : `${answered} appels décrochés`
    } aujourd’hui.`,
} as const;

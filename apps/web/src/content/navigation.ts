import type { PageKey } from '../lib/paths';

/** Route titles: the h1, the document title and the navigation label of each page. */
export const pageTitles: Record<PageKey, string> = {
  login: 'Connexion',
  desk: 'Bureau',
  requests: 'Demandes',
  citizens: 'Usagers',
  callbacks: 'Rappels',
  team: 'Équipe',
  liveBoard: 'Tableau de bord en direct',
  statistics: 'Statistiques',
  users: 'Utilisateurs',
  quarantine: 'Quarantaine',
  mailboxes: 'Boîtes mail',
  knowledge: 'Connaissances',
  handover: 'Passation hebdomadaire',
};

export const notFound = {
  title: 'Page introuvable',
  body: 'La page demandée n’existe pas ou a été déplacée.',
  backHome: 'Revenir à l’accueil',
} as const;

export const accessDenied = {
  title: 'Accès refusé',
  body: 'Votre rôle ne permet pas d’ouvrir cette page.',
} as const;

/** What each page will offer: shown until the page is built. */
export const placeholders: Record<Exclude<PageKey, 'login'>, string> = {
  desk: 'Le bureau de l’agent (téléphone, remontée de fiche, file de travail) arrive bientôt.',
  requests: 'La liste et le suivi des demandes arrivent bientôt.',
  citizens: 'La recherche et la fiche des usagers arrivent bientôt.',
  callbacks: 'Les rappels promis aux usagers arrivent bientôt.',
  team: 'La gestion de l’équipe de l’antenne arrive bientôt.',
  liveBoard: 'Le tableau de bord en direct des antennes arrive bientôt.',
  statistics: 'Les statistiques des antennes arrivent bientôt.',
  users: 'La gestion des comptes des agents arrive bientôt.',
  quarantine: 'Les courriels mis en quarantaine arrivent bientôt.',
  mailboxes: 'La gestion des boîtes mail arrive bientôt.',
  knowledge: 'Le socle commun de connaissances arrive bientôt.',
  handover: 'La passation hebdomadaire arrive bientôt.',
};

export const placeholderNotice = 'Page en construction';

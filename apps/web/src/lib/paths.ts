/** Every route of the application, French and stable: links and the router read them from here. */
export const paths = {
  home: '/',
  login: '/connexion',
  desk: '/bureau',
  requests: '/demandes',
  citizens: '/usagers',
  callbacks: '/rappels',
  team: '/equipe',
  liveBoard: '/tableau-de-bord',
  statistics: '/statistiques',
  users: '/utilisateurs',
  quarantine: '/quarantaine',
  mailboxes: '/boites-mail',
} as const;

export type PageKey = Exclude<keyof typeof paths, 'home'>;

/** Screens below a section (route patterns) and the search results, with their link builders. */
export const detailPaths = {
  request: '/demandes/:id',
  citizen: '/usagers/:id',
  search: '/recherche',
} as const;

export const linkTo = {
  request: (id: string) => `/demandes/${encodeURIComponent(id)}`,
  citizen: (id: string) => `/usagers/${encodeURIComponent(id)}`,
  search: (q: string) => `/recherche?q=${encodeURIComponent(q)}`,
};

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
  knowledge: '/connaissances',
  handover: '/passation',
} as const;

export type PageKey = Exclude<keyof typeof paths, 'home'>;

/** Screens below a section (route patterns) and the search results, with their link builders. */
export const detailPaths = {
  request: '/demandes/:id',
  citizen: '/usagers/:id',
  search: '/recherche',
  knowledgeScheme: '/connaissances/dispositifs/:slug',
  knowledgeArticle: '/connaissances/articles/:slug',
  eligibility: '/connaissances/eligibilite',
  knowledgeTodo: '/connaissances/a-faire',
  knowledgeSynonyms: '/connaissances/synonymes',
  knowledgeNew: '/connaissances/nouveau',
  knowledgeEditor: '/connaissances/edition/:family/:slug',
  /** The weekly email links each hand-over here. */
  handover: '/connaissances/passations/:handoverId',
  user: '/utilisateurs/:id',
} as const;

export const linkTo = {
  request: (id: string) => `/demandes/${encodeURIComponent(id)}`,
  citizen: (id: string) => `/usagers/${encodeURIComponent(id)}`,
  search: (q: string) => `/recherche?q=${encodeURIComponent(q)}`,
  knowledgeScheme: (slug: string) => `/connaissances/dispositifs/${encodeURIComponent(slug)}`,
  knowledgeArticle: (slug: string) => `/connaissances/articles/${encodeURIComponent(slug)}`,
  knowledgeEditor: (family: 'scheme' | 'article', slug: string) =>
    `/connaissances/edition/${family}/${encodeURIComponent(slug)}`,
  handover: (id: string) => `/connaissances/passations/${encodeURIComponent(id)}`,
  user: (id: string) => `/utilisateurs/${encodeURIComponent(id)}`,
};

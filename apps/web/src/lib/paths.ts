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
  users: '/utilisateurs',
} as const;

export type PageKey = Exclude<keyof typeof paths, 'home'>;

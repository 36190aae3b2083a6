import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth, RequireRole } from '../features/auth';
import { paths } from '../lib/paths';
import { AppShell } from './app-shell';
import { Layout } from './layout';
import { SECTIONS, type Section } from './navigation';
import { DETAIL_ROUTES, type DetailRoute, SECTION_PAGES } from './section-pages';
import { HomeRedirect } from './routes/home-redirect';
import { NotFoundPage } from './routes/not-found-page';

/**
 * Every section is a lazy chunk guarded by its roles: its feature's page (`section-pages.ts`), or its
 * placeholder until it is built.
 */
function sectionRoute(section: Section): RouteObject {
  const page = SECTION_PAGES[section.key];
  if (page) return guardedRoute({ path: section.path, roles: section.roles, page });
  return {
    path: section.path,
    lazy: async () => {
      const { PlaceholderPage } = await import('./routes/placeholder-page');
      return {
        Component: () => (
          <RequireRole roles={section.roles}>
            <PlaceholderPage section={section.key} />
          </RequireRole>
        ),
      };
    },
  };
}

function guardedRoute({ path, roles, page }: DetailRoute): RouteObject {
  return {
    path,
    lazy: async () => {
      const Screen = await page();
      return {
        Component: () => (
          <RequireRole roles={roles}>
            <Screen />
          </RequireRole>
        ),
      };
    },
  };
}

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        path: paths.login,
        lazy: async () => ({
          Component: (await import('../features/auth/pages/login-page')).LoginPage,
        }),
      },
    ],
  },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppShell />,
        children: [
          { index: true, element: <HomeRedirect /> },
          ...SECTIONS.map(sectionRoute),
          ...DETAIL_ROUTES.map(guardedRoute),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}

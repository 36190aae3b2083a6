import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth, RequireRole } from '../features/auth';
import { paths } from '../lib/paths';
import { AppShell } from './app-shell';
import { Layout } from './layout';
import { SECTIONS, type Section } from './navigation';
import { HomeRedirect } from './routes/home-redirect';
import { NotFoundPage } from './routes/not-found-page';

/**
 * Every section is a lazy chunk guarded by its roles. Sections not built yet render their
 * placeholder; a built one swaps `import('./routes/placeholder-page')` for its feature's page.
 */
function sectionRoute(section: Section): RouteObject {
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
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}

import type { ComponentType } from 'react';
import { detailPaths } from '../lib/paths';
import { ADMIN_ROLES, CASEWORK_ROLES, type Role } from '../lib/roles';
import type { SectionKey } from './navigation';

/** A page's module, loaded when its route is first opened (one chunk per feature page). */
export type LazyPage = () => Promise<ComponentType>;

/** The built screen of each section; a section missing here shows its placeholder. */
export const SECTION_PAGES: Partial<Record<SectionKey, LazyPage>> = {
  desk: async () => (await import('../features/desk/pages/desk-page')).DeskPage,
  callbacks: async () => (await import('../features/callbacks/pages/callbacks-page')).CallbacksPage,
  requests: async () => (await import('../features/requests/pages/requests-page')).RequestsPage,
  citizens: async () => (await import('../features/citizens/pages/citizens-page')).CitizensPage,
  liveBoard: async () => (await import('../features/live-board')).LiveBoardPage,
  statistics: async () => (await import('../features/reporting')).ReportingPage,
  team: async () => (await import('../features/team')).TeamPage,
  users: async () => (await import('../features/users')).UsersPage,
  quarantine: async () => (await import('../features/mail-quarantine')).QuarantinePage,
  mailboxes: async () => (await import('../features/mailboxes')).MailboxesPage,
  knowledge: async () => (await import('../features/knowledge/pages/knowledge-page')).KnowledgePage,
  handover: async () => (await import('../features/knowledge/pages/handover-page')).HandoverPage,
};

/** Screens below a section (a request, a citizen), guarded by their own roles. */
export interface DetailRoute {
  readonly path: string;
  readonly roles: readonly Role[];
  readonly page: LazyPage;
}

export const DETAIL_ROUTES: readonly DetailRoute[] = [
  {
    path: detailPaths.user,
    roles: ADMIN_ROLES,
    page: async () => (await import('../features/users/pages/user-page')).UserPage,
  },
  {
    path: detailPaths.request,
    roles: CASEWORK_ROLES,
    page: async () => (await import('../features/requests/pages/request-page')).RequestPage,
  },
  {
    path: detailPaths.citizen,
    roles: CASEWORK_ROLES,
    page: async () => (await import('../features/citizens/pages/citizen-page')).CitizenPage,
  },
  {
    path: detailPaths.search,
    roles: CASEWORK_ROLES,
    page: async () => (await import('../features/search/pages/search-page')).SearchPage,
  },
  {
    path: detailPaths.knowledgeScheme,
    roles: CASEWORK_ROLES,
    page: async () => (await import('../features/knowledge/pages/scheme-page')).SchemePage,
  },
  {
    path: detailPaths.knowledgeArticle,
    roles: CASEWORK_ROLES,
    page: async () => (await import('../features/knowledge/pages/article-page')).ArticlePage,
  },
  {
    path: detailPaths.eligibility,
    roles: CASEWORK_ROLES,
    page: async () =>
      (await import('../features/knowledge/pages/eligibility-page')).EligibilityPage,
  },
  {
    path: detailPaths.knowledgeTodo,
    roles: CASEWORK_ROLES,
    page: async () => (await import('../features/knowledge/pages/todo-page')).TodoPage,
  },
  {
    path: detailPaths.knowledgeSynonyms,
    roles: CASEWORK_ROLES,
    page: async () => (await import('../features/knowledge/pages/synonyms-page')).SynonymsPage,
  },
  {
    path: detailPaths.knowledgeNew,
    roles: CASEWORK_ROLES,
    page: async () => (await import('../features/knowledge/pages/editor-page')).NewEntryPage,
  },
  {
    path: detailPaths.handover,
    roles: CASEWORK_ROLES,
    page: async () => (await import('../features/knowledge/pages/handover-page')).HandoverPage,
  },
  {
    path: detailPaths.knowledgeEditor,
    roles: CASEWORK_ROLES,
    page: async () => (await import('../features/knowledge/pages/editor-page')).EditorPage,
  },
];

import type { ComponentType } from 'react';
import type { Role } from '../lib/roles';
import type { SectionKey } from './navigation';

/** A page's module, loaded when its route is first opened (one chunk per feature page). */
export type LazyPage = () => Promise<ComponentType>;

/** The built screen of each section; a section missing here shows its placeholder. */
export const SECTION_PAGES: Partial<Record<SectionKey, LazyPage>> = {
  desk: async () => (await import('../features/desk/pages/desk-page')).DeskPage,
  callbacks: async () => (await import('../features/callbacks/pages/callbacks-page')).CallbacksPage,
};

/** Screens below a section (a request, a citizen), guarded by their own roles. */
export interface DetailRoute {
  readonly path: string;
  readonly roles: readonly Role[];
  readonly page: LazyPage;
}

export const DETAIL_ROUTES: readonly DetailRoute[] = [];

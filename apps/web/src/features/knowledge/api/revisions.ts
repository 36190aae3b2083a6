import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import type { WorkflowRequest } from '../components/workflow-buttons';
import { type Family, familySegment, knowledgeKeys } from './knowledge-keys';

export type RevisionSummary = components['schemas']['RevisionSummaryDto'];
export type Revision = components['schemas']['RevisionDto'];

const path = (family: Family, slug: string) => ({ family: familySegment(family), slug });

/** Every revision of an entry, newest first (content team). */
export function useRevisions(family: Family, slug: string) {
  return useQuery({
    queryKey: knowledgeKeys.revisions(family, slug),
    queryFn: () =>
      unwrap(
        api.GET('/api/knowledge/{family}/{slug}/revisions', {
          params: { path: path(family, slug) },
        }),
      ),
  });
}

export function useRevision(family: Family, slug: string, number: number | null) {
  return useQuery({
    queryKey: knowledgeKeys.revision(family, slug, number ?? 0),
    queryFn: () =>
      unwrap(
        api.GET('/api/knowledge/{family}/{slug}/revisions/{number}', {
          params: { path: { ...path(family, slug), number: number ?? 0 } },
        }),
      ),
    enabled: number !== null,
    // After a save the editor moves to the new revision without unmounting (and losing its notice).
    placeholderData: keepPreviousData,
  });
}

export function useRevisionDiff(
  family: Family,
  slug: string,
  pair: readonly [number, number] | null,
) {
  const [from, to] = pair ?? [0, 0];
  return useQuery({
    queryKey: knowledgeKeys.diff(family, slug, from, to),
    queryFn: () =>
      unwrap(
        api.GET('/api/knowledge/{family}/{slug}/revisions/{a}/diff/{b}', {
          params: { path: { ...path(family, slug), a: from, b: to } },
        }),
      ),
    enabled: pair !== null && from !== to,
  });
}

/** One step of the review workflow on one revision. */
export function useRevisionAction(family: Family, slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ number, request }: { number: number; request: WorkflowRequest }) => {
      const dates = {
        effectiveFrom: request.effectiveFrom
          ? new Date(`${request.effectiveFrom}T00:00:00`).toISOString()
          : undefined,
        effectiveUntil: request.effectiveUntil
          ? new Date(`${request.effectiveUntil}T00:00:00`).toISOString()
          : undefined,
      };
      // Only publishing takes dates; the other steps carry none.
      return unwrap(
        api.POST('/api/knowledge/{family}/{slug}/revisions/{number}/{action}', {
          params: { path: { ...path(family, slug), number, action: request.action } },
          body: request.action === 'publish' ? dates : {},
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: knowledgeKeys.all }),
  });
}

export function useComments(family: Family, slug: string, number: number | null) {
  return useQuery({
    queryKey: knowledgeKeys.comments(family, slug, number ?? 0),
    queryFn: () =>
      unwrap(
        api.GET('/api/knowledge/{family}/{slug}/revisions/{number}/comments', {
          params: { path: { ...path(family, slug), number: number ?? 0 } },
        }),
      ),
    enabled: number !== null,
  });
}

export function useAddComment(family: Family, slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ number, body }: { number: number; body: string }) =>
      unwrap(
        api.POST('/api/knowledge/{family}/{slug}/revisions/{number}/comments', {
          params: { path: { ...path(family, slug), number: number ?? 0 } },
          body: { body },
        }),
      ),
    onSuccess: (_comment, { number }) =>
      queryClient.invalidateQueries({ queryKey: knowledgeKeys.comments(family, slug, number) }),
  });
}

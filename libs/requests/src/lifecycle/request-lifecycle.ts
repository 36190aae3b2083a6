import { RequestStatus } from './request-status';

/**
 * new → qualified → in_progress → waiting_citizen → resolved → closed, with the usual shortcuts
 * (an answer on the spot resolves a new request) and reopening from resolved. Closed is final:
 * a citizen coming back after closure opens a new request, linked by the citizen record.
 */
const ALLOWED: Record<RequestStatus, readonly RequestStatus[]> = {
  [RequestStatus.New]: [RequestStatus.Qualified, RequestStatus.InProgress, RequestStatus.Resolved],
  [RequestStatus.Qualified]: [
    RequestStatus.InProgress,
    RequestStatus.WaitingCitizen,
    RequestStatus.Resolved,
  ],
  [RequestStatus.InProgress]: [RequestStatus.WaitingCitizen, RequestStatus.Resolved],
  [RequestStatus.WaitingCitizen]: [RequestStatus.InProgress, RequestStatus.Resolved],
  [RequestStatus.Resolved]: [RequestStatus.Closed, RequestStatus.InProgress],
  [RequestStatus.Closed]: [],
};

export function allowedTransitions(from: RequestStatus): readonly RequestStatus[] {
  return ALLOWED[from];
}

export function canTransition(from: RequestStatus, to: RequestStatus): boolean {
  return ALLOWED[from].includes(to);
}

/**
 * Going back on a decision needs a word in the timeline: reopening a resolved request, and putting
 * one on hold for the citizen (what is awaited from them).
 */
export function reasonRequired(from: RequestStatus, to: RequestStatus): boolean {
  return (
    (from === RequestStatus.Resolved && to === RequestStatus.InProgress) ||
    to === RequestStatus.WaitingCitizen
  );
}

/** Open requests are the ones an antenna's portfolio and queues show. */
export const OPEN_STATUSES: readonly RequestStatus[] = [
  RequestStatus.New,
  RequestStatus.Qualified,
  RequestStatus.InProgress,
  RequestStatus.WaitingCitizen,
];

import { allowedTransitions, canTransition, reasonRequired } from './request-lifecycle';
import { RequestStatus } from './request-status';

describe('request lifecycle', () => {
  it('follows new → qualified → in_progress → waiting_citizen → resolved → closed', () => {
    const path = [
      RequestStatus.New,
      RequestStatus.Qualified,
      RequestStatus.InProgress,
      RequestStatus.WaitingCitizen,
      RequestStatus.Resolved,
      RequestStatus.Closed,
    ];
    for (let step = 1; step < path.length; step += 1)
      expect(canTransition(path[step - 1], path[step])).toBe(true);
  });

  it('reopens a resolved request but never a closed one', () => {
    expect(canTransition(RequestStatus.Resolved, RequestStatus.InProgress)).toBe(true);
    expect(allowedTransitions(RequestStatus.Closed)).toEqual([]);
  });

  it('refuses skipping to closed and going back to new', () => {
    expect(canTransition(RequestStatus.New, RequestStatus.Closed)).toBe(false);
    expect(canTransition(RequestStatus.InProgress, RequestStatus.New)).toBe(false);
    expect(allowedTransitions(RequestStatus.New)).toEqual([
      RequestStatus.Qualified,
      RequestStatus.InProgress,
      RequestStatus.Resolved,
    ]);
  });
});

describe('reasons asked by the lifecycle', () => {
  it('asks a reason to reopen a resolved request or to wait for the citizen, not to move on', () => {
    expect(reasonRequired(RequestStatus.Resolved, RequestStatus.InProgress)).toBe(true);
    expect(reasonRequired(RequestStatus.InProgress, RequestStatus.WaitingCitizen)).toBe(true);
    expect(reasonRequired(RequestStatus.New, RequestStatus.InProgress)).toBe(false);
    expect(reasonRequired(RequestStatus.Resolved, RequestStatus.Closed)).toBe(false);
  });
});

import { RevisionState } from '../persistence/knowledge-kind';
import { allowedActions, nextState, RevisionAction } from './revision-workflow';

const AUTHOR = 'a0000000-0000-4000-8000-000000000001';
const REVIEWER = 'a0000000-0000-4000-8000-000000000002';

describe('revision workflow', () => {
  it('goes draft → in_review → published → archived', () => {
    let state = RevisionState.Draft;
    state = nextState({ state, authorUserId: AUTHOR }, RevisionAction.Submit, AUTHOR);
    expect(state).toBe(RevisionState.InReview);
    state = nextState({ state, authorUserId: AUTHOR }, RevisionAction.Publish, REVIEWER);
    expect(state).toBe(RevisionState.Published);
    state = nextState({ state, authorUserId: AUTHOR }, RevisionAction.Archive, AUTHOR);
    expect(state).toBe(RevisionState.Archived);
  });

  it('refuses that the author publishes their own revision', () => {
    expect(() =>
      nextState(
        { state: RevisionState.InReview, authorUserId: AUTHOR },
        RevisionAction.Publish,
        AUTHOR,
      ),
    ).toThrow(/autre membre/);
  });

  it('lets a reviewer send a revision back to draft', () => {
    expect(
      nextState(
        { state: RevisionState.InReview, authorUserId: AUTHOR },
        RevisionAction.RequestChanges,
        REVIEWER,
      ),
    ).toBe(RevisionState.Draft);
  });

  it('refuses to publish a draft that skipped the review', () => {
    expect(() =>
      nextState(
        { state: RevisionState.Draft, authorUserId: AUTHOR },
        RevisionAction.Publish,
        REVIEWER,
      ),
    ).toThrow(/impossible/);
  });

  it('lists what each state allows', () => {
    expect(allowedActions(RevisionState.Draft)).toEqual([RevisionAction.Submit]);
    expect(allowedActions(RevisionState.InReview)).toEqual([
      RevisionAction.RequestChanges,
      RevisionAction.Publish,
    ]);
    expect(allowedActions(RevisionState.Archived)).toEqual([]);
  });
});

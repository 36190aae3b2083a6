import { DomainException, ErrorCode } from '@gru/errors';
import { RevisionState } from '../persistence/knowledge-kind';

/** What the content team does to a revision (`POST …/revisions/{n}/{action}`). */
export enum RevisionAction {
  Submit = 'submit',
  RequestChanges = 'request-changes',
  Publish = 'publish',
  Archive = 'archive',
}

const TRANSITIONS: Readonly<Record<RevisionAction, { from: RevisionState; to: RevisionState }>> = {
  [RevisionAction.Submit]: { from: RevisionState.Draft, to: RevisionState.InReview },
  [RevisionAction.RequestChanges]: { from: RevisionState.InReview, to: RevisionState.Draft },
  [RevisionAction.Publish]: { from: RevisionState.InReview, to: RevisionState.Published },
  [RevisionAction.Archive]: { from: RevisionState.Published, to: RevisionState.Archived },
};

export interface WorkflowSubject {
  readonly state: RevisionState;
  /** Null for imported revisions. */
  readonly authorUserId: string | null;
}

/** The actions a revision in this state allows (shown by the editor). */
export function allowedActions(state: RevisionState): RevisionAction[] {
  return Object.values(RevisionAction).filter((action) => TRANSITIONS[action].from === state);
}

/**
 * draft → in_review → published → archived, and back from review to draft. Publishing needs a
 * reviewer who is not the revision's author (four eyes); reviewing is the content team's job,
 * which the caller has checked.
 */
export function nextState(
  subject: WorkflowSubject,
  action: RevisionAction,
  actorUserId: string,
): RevisionState {
  const transition = TRANSITIONS[action];
  if (subject.state !== transition.from)
    throw new DomainException(
      ErrorCode.Conflict,
      `Action « ${action} » impossible sur une révision à l'état « ${subject.state} ».`,
      { state: subject.state, action, allowed: allowedActions(subject.state) },
    );
  if (
    (action === RevisionAction.Publish || action === RevisionAction.RequestChanges) &&
    subject.authorUserId === actorUserId
  )
    throw new DomainException(
      ErrorCode.Conflict,
      "La relecture revient à un autre membre de l'équipe éditoriale que l'auteur.",
      { rule: 'reviewer-is-not-author' },
    );
  return transition.to;
}

/** Effective dates given at publication: "until" must follow "from". */
export function assertEffectivePeriod(from: Date, until: Date | null): void {
  if (until !== null && until.getTime() <= from.getTime())
    throw new DomainException(ErrorCode.Conflict, 'La fin de validité doit suivre son début.', {
      rule: 'effective-until-after-from',
    });
}

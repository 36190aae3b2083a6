import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useState } from 'react';
import { knowledge } from '../../../content/knowledge';

export type RevisionAction = 'submit' | 'request-changes' | 'publish' | 'archive';

export interface WorkflowRequest {
  readonly action: RevisionAction;
  readonly effectiveFrom?: string;
  readonly effectiveUntil?: string;
}

interface WorkflowButtonsProps {
  /** What the API allows on this revision's state. */
  readonly actions: readonly RevisionAction[];
  /** The reader wrote this revision: reviewing it (publish, request changes) is someone else's job. */
  readonly ownRevision: boolean;
  readonly pending: boolean;
  readonly onAction: (request: WorkflowRequest) => void;
}

const REVIEW_ACTIONS: readonly RevisionAction[] = ['publish', 'request-changes'];

/** The review workflow of one revision: draft → in review → published → archived. */
export function WorkflowButtons({ actions, ownRevision, pending, onAction }: WorkflowButtonsProps) {
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [effectiveUntil, setEffectiveUntil] = useState('');
  const copy = knowledge.workflow;
  const offered = actions.filter((action) => !(ownRevision && REVIEW_ACTIONS.includes(action)));
  return (
    <div>
      {ownRevision && actions.some((action) => REVIEW_ACTIONS.includes(action)) && (
        <p className="fr-hint-text">{copy.ownRevision}</p>
      )}
      {offered.includes('publish') && (
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <Input
              label={copy.effectiveFrom}
              nativeInputProps={{
                type: 'date',
                value: effectiveFrom,
                onChange: (event) => setEffectiveFrom(event.target.value),
              }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <Input
              label={copy.effectiveUntil}
              nativeInputProps={{
                type: 'date',
                value: effectiveUntil,
                onChange: (event) => setEffectiveUntil(event.target.value),
              }}
            />
          </div>
        </div>
      )}
      {offered.length === 0 ? (
        !ownRevision && <p>{copy.none}</p>
      ) : (
        <ul className="fr-btns-group fr-btns-group--inline-sm">
          {offered.map((action) => (
            <li key={action}>
              <Button
                priority={action === 'publish' || action === 'submit' ? 'primary' : 'secondary'}
                disabled={pending}
                onClick={() =>
                  onAction(
                    action === 'publish'
                      ? {
                          action,
                          effectiveFrom: effectiveFrom || undefined,
                          effectiveUntil: effectiveUntil || undefined,
                        }
                      : { action },
                  )
                }
              >
                {copy.actions[action]}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

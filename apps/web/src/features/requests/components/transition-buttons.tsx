import Button from '@codegouvfr/react-dsfr/Button';
import ButtonsGroup from '@codegouvfr/react-dsfr/ButtonsGroup';
import Input from '@codegouvfr/react-dsfr/Input';
import { type FormEvent, useState } from 'react';
import { requestPage, requestStatusLabels, transitionLabels } from '../../../content/requests';
import type { TransitionOption } from '../api/request-detail';

type Status = TransitionOption['to'];

interface TransitionButtonsProps {
  readonly options: readonly TransitionOption[];
  readonly pending: boolean;
  readonly onTransition: (to: Status, reason?: string) => void;
}

/** One button per status the lifecycle allows now; a status that needs a reason asks for it first. */
export function TransitionButtons({ options, pending, onTransition }: TransitionButtonsProps) {
  const [asking, setAsking] = useState<Status | null>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  if (options.length === 0) return <p>{requestPage.noTransition}</p>;

  const choose = (option: TransitionOption) => {
    if (!option.reasonRequired) return onTransition(option.to);
    setAsking(option.to);
    setReason('');
    setMissing(false);
  };

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    if (asking === null) return;
    if (!reason.trim()) return setMissing(true);
    onTransition(asking, reason.trim());
    setAsking(null);
  };

  if (asking !== null)
    return (
      <form onSubmit={confirm} noValidate>
        <Input
          label={requestPage.reasonLabel(requestStatusLabels[asking])}
          hintText={requestPage.reasonHint}
          state={missing ? 'error' : 'default'}
          stateRelatedMessage={missing ? requestPage.reasonRequired : undefined}
          textArea
          nativeTextAreaProps={{
            value: reason,
            onChange: (event) => setReason(event.target.value),
            maxLength: 500,
            required: true,
            'aria-invalid': missing ? true : undefined,
          }}
        />
        <ButtonsGroup
          inlineLayoutWhen="always"
          buttons={[
            { children: requestPage.confirmTransition, type: 'submit', disabled: pending },
            {
              children: requestPage.cancel,
              priority: 'secondary',
              type: 'button',
              onClick: () => setAsking(null),
            },
          ]}
        />
      </form>
    );

  return (
    <ul className="fr-btns-group fr-btns-group--inline-md">
      {options.map((option) => (
        <li key={option.to}>
          <Button
            priority={option.to === 'closed' ? 'secondary' : 'primary'}
            disabled={pending}
            onClick={() => choose(option)}
          >
            {transitionLabels[option.to]}
          </Button>
        </li>
      ))}
    </ul>
  );
}

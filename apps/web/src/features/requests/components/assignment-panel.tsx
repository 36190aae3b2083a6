import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import Select from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { requestPage } from '../../../content/requests';
import { ApiError } from '../../../lib/api/api-error';
import { ANTENNA_SUPERVISOR_ROLES, FRONT_LINE_ROLES } from '../../../lib/roles';
import { useSessionUser } from '../../../lib/session-user';
import type { StaffMember } from '../api/antenna-staff';
import { useAntennas } from '../api/antennas';
import { useAssign } from '../api/assign';
import type { RequestDetail } from '../api/request-detail';
import { useTransfer } from '../api/transfer';

const transferSchema = z.object({
  antennaId: z.string().min(1, requestPage.transferErrors.antenna),
  reason: z.string().trim().min(3, requestPage.transferErrors.reason).max(500),
});
type TransferInput = z.infer<typeof transferSchema>;

interface AssignmentPanelProps {
  readonly request: RequestDetail;
  readonly staff: readonly StaffMember[] | undefined;
  readonly onDone: (message: string) => void;
}

function errorText(error: unknown): string | null {
  if (error instanceof ApiError) return error.fieldErrors[0]?.message ?? error.message;
  return error instanceof Error ? error.message : null;
}

/** Who handles the request: take it, give it to a colleague (supervisors), send it to another antenna. */
export function AssignmentPanel({ request, staff, onDone }: AssignmentPanelProps) {
  const user = useSessionUser();
  const assign = useAssign(request.id);
  const transfer = useTransfer(request.id);
  const mayAssignOthers = ANTENNA_SUPERVISOR_ROLES.includes(user.role);
  const mayTransfer = FRONT_LINE_ROLES.includes(user.role);
  const antennas = useAntennas(mayTransfer);
  const [colleague, setColleague] = useState('');
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<TransferInput>({
    resolver: zodResolver(transferSchema),
    defaultValues: { antennaId: '', reason: '' },
  });

  const giveTo = (event: FormEvent) => {
    event.preventDefault();
    if (colleague) assign.mutate(colleague, { onSuccess: () => onDone(requestPage.assigned) });
  };
  const submitTransfer = handleSubmit((input) =>
    transfer.mutate(input, {
      onSuccess: () => {
        reset();
        onDone(requestPage.transferred);
      },
    }),
  );
  const failure = errorText(assign.error) ?? errorText(transfer.error);

  return (
    <section aria-labelledby="attribution">
      <h2 id="attribution" className="fr-h4">
        {requestPage.assignment}
      </h2>
      {failure && <Alert severity="error" small description={failure} className="fr-mb-2w" />}
      {request.assigneeUserId !== user.id && (
        <Button
          className="fr-mb-2w"
          disabled={assign.isPending}
          onClick={() => assign.mutate(null, { onSuccess: () => onDone(requestPage.assigned) })}
        >
          {requestPage.assignToMe}
        </Button>
      )}
      {mayAssignOthers && staff && staff.length > 0 && (
        <form onSubmit={giveTo} className="fr-mb-3w">
          <Select
            label={requestPage.assignTo}
            nativeSelectProps={{
              value: colleague,
              onChange: (event) => setColleague(event.target.value),
            }}
          >
            <option value="">{requestPage.chooseColleague}</option>
            {staff.map((member) => (
              <option key={member.id} value={member.id}>
                {member.displayName}
              </option>
            ))}
          </Select>
          <Button type="submit" priority="secondary" disabled={!colleague || assign.isPending}>
            {requestPage.assign}
          </Button>
        </form>
      )}
      {mayTransfer && (
        <form onSubmit={(event) => void submitTransfer(event)} noValidate>
          <fieldset className="fr-fieldset">
            <legend className="fr-fieldset__legend fr-text--regular">{requestPage.transfer}</legend>
            <div className="fr-fieldset__element">
              <Select
                label={requestPage.transferAntenna}
                state={errors.antennaId ? 'error' : 'default'}
                stateRelatedMessage={errors.antennaId?.message}
                nativeSelectProps={{
                  ...register('antennaId'),
                  'aria-invalid': errors.antennaId ? true : undefined,
                }}
              >
                <option value="">{requestPage.chooseAntenna}</option>
                {antennas.data
                  ?.filter((antenna) => antenna.id !== request.antennaId)
                  .map((antenna) => (
                    <option key={antenna.id} value={antenna.id}>
                      {antenna.name}
                    </option>
                  ))}
              </Select>
            </div>
            <div className="fr-fieldset__element">
              <Input
                label={requestPage.transferReason}
                state={errors.reason ? 'error' : 'default'}
                stateRelatedMessage={errors.reason?.message}
                nativeInputProps={{
                  ...register('reason'),
                  'aria-invalid': errors.reason ? true : undefined,
                }}
              />
            </div>
            <div className="fr-fieldset__element">
              <Button type="submit" priority="secondary" disabled={transfer.isPending}>
                {requestPage.transferSubmit}
              </Button>
            </div>
          </fieldset>
        </form>
      )}
    </section>
  );
}

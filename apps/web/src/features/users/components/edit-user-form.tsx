import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { users } from '../../../content/users';
import { ApiError } from '../../../lib/api/api-error';
import { ROLES } from '../../../lib/roles';
import { useUpdateUser } from '../api/update-user';
import type { StaffAccount } from '../api/users';
import { placementIsValid } from './placement';
import { showServerFieldErrors } from './server-field-errors';
import { PlacementFields } from './placement-fields';

const copy = users.form;

const changesSchema = z
  .object({
    displayName: z.string().trim().min(2, copy.errors.displayName).max(120),
    role: z.enum(ROLES, { message: copy.errors.role }),
    antennaId: z.string(),
    mobileTeam: z.boolean(),
  })
  .refine(placementIsValid, { path: ['antennaId'], message: copy.errors.antenna });

type ChangesInput = z.input<typeof changesSchema>;
const FIELDS: readonly (keyof ChangesInput)[] = ['displayName', 'role', 'antennaId', 'mobileTeam'];

interface EditUserFormProps {
  readonly account: StaffAccount;
  readonly antennas: readonly { readonly id: string; readonly name: string }[];
}

/** An admin corrects a name, changes a role or moves someone to another antenna. */
export function EditUserForm({ account, antennas }: EditUserFormProps) {
  const update = useUpdateUser(account.id);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ChangesInput, unknown, z.output<typeof changesSchema>>({
    resolver: zodResolver(changesSchema),
    defaultValues: {
      displayName: account.displayName,
      role: account.role,
      antennaId: account.antennaId ?? '',
      mobileTeam: account.mobileTeam,
    },
  });

  const submit = handleSubmit((changes) => {
    setSaved(false);
    update.mutate(
      { ...changes, antennaId: changes.antennaId === '' ? null : changes.antennaId },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => showServerFieldErrors(error, FIELDS, setError),
      },
    );
  });

  const failure =
    update.isError && !(update.error instanceof ApiError && update.error.fieldErrors.length > 0);

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="edit-user-title">
      <h2 id="edit-user-title">{users.account.formTitle}</h2>
      <div role="status">
        {saved && (
          <Alert severity="success" small className="fr-mb-2w" description={users.account.saved} />
        )}
      </div>
      <div role="alert">
        {failure && (
          <Alert
            severity="error"
            small
            className="fr-mb-2w"
            description={
              update.error instanceof ApiError ? update.error.message : users.account.saveError
            }
          />
        )}
      </div>
      <Input
        label={copy.displayName}
        state={errors.displayName ? 'error' : 'default'}
        stateRelatedMessage={errors.displayName?.message}
        nativeInputProps={{
          ...register('displayName'),
          autoComplete: 'off',
          'aria-invalid': errors.displayName ? true : undefined,
        }}
      />
      <PlacementFields antennas={antennas} register={register} errors={errors} />
      <Button type="submit" disabled={update.isPending}>
        {users.account.save}
      </Button>
    </form>
  );
}

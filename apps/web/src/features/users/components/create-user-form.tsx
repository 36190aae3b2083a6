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
import { useCreateUser } from '../api/create-user';
import { PlacementFields } from './placement-fields';
import { placementIsValid } from './placement';
import { showServerFieldErrors } from './server-field-errors';

const copy = users.form;

const accountSchema = z
  .object({
    displayName: z.string().trim().min(2, copy.errors.displayName).max(120),
    email: z.string().trim().pipe(z.email(copy.errors.email)),
    role: z.enum(ROLES, { message: copy.errors.role }),
    antennaId: z.string(),
    mobileTeam: z.boolean(),
    password: z.string().min(12, copy.errors.password).max(256),
  })
  .refine(placementIsValid, { path: ['antennaId'], message: copy.errors.antenna });

type AccountInput = z.input<typeof accountSchema>;
type AccountFields = keyof AccountInput;
const FIELDS: readonly AccountFields[] = [
  'displayName',
  'email',
  'role',
  'antennaId',
  'mobileTeam',
  'password',
];

interface CreateUserFormProps {
  readonly antennas: readonly { readonly id: string; readonly name: string }[];
}

/** An admin creates a staff account with a temporary password; server field errors land on their fields. */
export function CreateUserForm({ antennas }: CreateUserFormProps) {
  const create = useCreateUser();
  const [created, setCreated] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<AccountInput, unknown, z.output<typeof accountSchema>>({
    resolver: zodResolver(accountSchema),
    defaultValues: {
      displayName: '',
      email: '',
      role: 'agent',
      antennaId: '',
      mobileTeam: false,
      password: '',
    },
  });

  const submit = handleSubmit((account) => {
    setCreated(null);
    create.mutate(
      { ...account, antennaId: account.antennaId === '' ? undefined : account.antennaId },
      {
        onSuccess: (member) => {
          setCreated(member.email);
          reset();
        },
        onError: (error) => showServerFieldErrors(error, FIELDS, setError),
      },
    );
  });

  const failure =
    create.isError && !(create.error instanceof ApiError && create.error.fieldErrors.length > 0);
  const fieldState = (field: AccountFields) => ({
    state: errors[field] ? ('error' as const) : ('default' as const),
    stateRelatedMessage: errors[field]?.message,
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="create-user-title">
      <h2 id="create-user-title">{copy.title}</h2>
      <div role="status">
        {created && (
          <Alert
            severity="success"
            small
            className="fr-mb-2w"
            description={copy.created(created)}
          />
        )}
      </div>
      <div role="alert">
        {failure && (
          <Alert
            severity="error"
            small
            description={create.error instanceof ApiError ? create.error.message : copy.error}
          />
        )}
      </div>
      <Input
        label={copy.displayName}
        {...fieldState('displayName')}
        nativeInputProps={{
          ...register('displayName'),
          autoComplete: 'off',
          'aria-invalid': errors.displayName ? true : undefined,
        }}
      />
      <Input
        label={copy.email}
        {...fieldState('email')}
        nativeInputProps={{
          ...register('email'),
          type: 'email',
          autoComplete: 'off',
          spellCheck: false,
          'aria-invalid': errors.email ? true : undefined,
        }}
      />
      <PlacementFields antennas={antennas} register={register} errors={errors} />
      <Input
        label={copy.password}
        hintText={copy.passwordHint}
        {...fieldState('password')}
        nativeInputProps={{
          ...register('password'),
          type: 'password',
          autoComplete: 'new-password',
          'aria-invalid': errors.password ? true : undefined,
        }}
      />
      <Button type="submit" disabled={create.isPending}>
        {copy.submit}
      </Button>
    </form>
  );
}

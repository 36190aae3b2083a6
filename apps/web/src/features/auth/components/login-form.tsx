import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { auth } from '../../../content/auth';
import { ApiError } from '../../../lib/api/api-error';
import type { CurrentUser } from '../api/me';
import { useLogin } from '../api/login';

const credentialsSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, auth.errors.emailRequired)
    .pipe(z.email(auth.errors.emailInvalid)),
  password: z.string().min(1, auth.errors.passwordRequired),
});

type CredentialsInput = z.infer<typeof credentialsSchema>;

function messageOf(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'invalid-credentials') return auth.errors.invalidCredentials;
    if (error.code === 'account-locked') return auth.errors.accountLocked;
  }
  return auth.errors.unavailable;
}

interface LoginFormProps {
  readonly onSignedIn: (user: CurrentUser) => void;
}

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const login = useLogin();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<CredentialsInput>({
    resolver: zodResolver(credentialsSchema),
    defaultValues: { email: '', password: '' },
  });

  const submit = handleSubmit((credentials) => {
    login.mutate(credentials, {
      onSuccess: onSignedIn,
      onError: (error) => {
        if (error instanceof ApiError) {
          for (const fieldError of error.fieldErrors) {
            if (fieldError.field === 'email' || fieldError.field === 'password') {
              setError(fieldError.field, { message: fieldError.message });
            }
          }
        }
      },
    });
  });

  const failure =
    login.isError && !(login.error instanceof ApiError && login.error.fieldErrors.length > 0);

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div role="alert">
        {failure && (
          <Alert severity="error" small className="fr-mb-3w" description={messageOf(login.error)} />
        )}
      </div>
      <Input
        label={auth.email}
        hintText={auth.emailHint}
        state={errors.email ? 'error' : 'default'}
        stateRelatedMessage={errors.email?.message}
        nativeInputProps={{
          ...register('email'),
          type: 'email',
          autoComplete: 'username',
          spellCheck: false,
          'aria-invalid': errors.email ? true : undefined,
        }}
      />
      <Input
        label={auth.password}
        state={errors.password ? 'error' : 'default'}
        stateRelatedMessage={errors.password?.message}
        nativeInputProps={{
          ...register('password'),
          type: 'password',
          autoComplete: 'current-password',
          'aria-invalid': errors.password ? true : undefined,
        }}
      />
      <Button type="submit" disabled={login.isPending}>
        {login.isPending ? auth.submitting : auth.submit}
      </Button>
    </form>
  );
}

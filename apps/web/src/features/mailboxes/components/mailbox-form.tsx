import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import Checkbox from '@codegouvfr/react-dsfr/Checkbox';
import Input from '@codegouvfr/react-dsfr/Input';
import { useEffect } from 'react';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { SchemeSelect } from '../../../components/scheme-select';
import { mailboxes } from '../../../content/mail';
import { ApiError } from '../../../lib/api/api-error';
import type { Mailbox } from '../api/mailboxes';
import { useSaveMailbox } from '../api/save-mailbox';
import {
  emptyMailbox,
  inputOf,
  mailboxFormSchema,
  type MailboxFormValues,
  valuesOf,
} from './mailbox-form-schema';

const copy = mailboxes.form;
type TextField = Exclude<keyof MailboxFormValues, 'imapTls' | 'active'>;
const HINTS: Partial<Record<TextField, string>> = {
  id: copy.idHint,
  passwordEnv: copy.passwordEnvHint,
  folders: copy.foldersHint,
  smtpFrom: copy.smtpFromHint,
};
const TEXT_FIELDS: readonly TextField[] = [
  'id',
  'address',
  'displayName',
  'aidSchemeSlug',
  'imapHost',
  'imapPort',
  'imapUser',
  'passwordEnv',
  'folders',
  'processedFolder',
  'smtpFrom',
];

interface MailboxFormProps {
  /** The mailbox being edited; null to create one. */
  readonly editing: Mailbox | null;
  readonly onDone: (message: string) => void;
  readonly onCancel: () => void;
}

/** Create or edit a mailbox; the API's field errors land on their fields. */
export function MailboxForm({ editing, onDone, onCancel }: MailboxFormProps) {
  const save = useSaveMailbox();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<MailboxFormValues>({
    resolver: zodResolver(mailboxFormSchema),
    defaultValues: editing ? valuesOf(editing) : emptyMailbox,
  });
  useEffect(() => reset(editing ? valuesOf(editing) : emptyMailbox), [editing, reset]);

  const submit = handleSubmit((values) =>
    save.mutate(
      { existingId: editing?.id ?? null, input: inputOf(values) },
      {
        onSuccess: (mailbox) => {
          reset(emptyMailbox);
          onDone(editing ? copy.saved(mailbox.address) : copy.created(mailbox.address));
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          for (const fieldError of error.fieldErrors)
            if ((TEXT_FIELDS as readonly string[]).includes(fieldError.field))
              setError(fieldError.field as TextField, { message: fieldError.message });
        },
      },
    ),
  );
  const field = (name: TextField, extra: { type?: string; readOnly?: boolean } = {}) => {
    const registered: UseFormRegisterReturn = register(name);
    return (
      <Input
        key={name}
        label={copy[name]}
        hintText={HINTS[name]}
        state={errors[name] ? 'error' : 'default'}
        stateRelatedMessage={errors[name]?.message}
        nativeInputProps={{
          ...registered,
          ...extra,
          'aria-invalid': errors[name] ? true : undefined,
        }}
      />
    );
  };
  const unmatched =
    save.error instanceof ApiError &&
    !save.error.fieldErrors.some((fieldError) =>
      (TEXT_FIELDS as readonly string[]).includes(fieldError.field),
    );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="formulaire-boite">
      <h2 id="formulaire-boite" className="fr-h4">
        {editing ? mailboxes.editTitle(editing.address) : mailboxes.createTitle}
      </h2>
      {unmatched && save.error instanceof ApiError && (
        <Alert severity="error" small className="fr-mb-2w" description={save.error.message} />
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          {field('id', { readOnly: editing !== null })}
          {field('address', { type: 'email' })}
          {field('displayName')}
          <SchemeSelect
            label={copy.aidSchemeSlug}
            hint={copy.aidSchemeHint}
            emptyLabel={copy.generalMailbox}
            current={editing?.aidSchemeSlug ?? undefined}
            error={errors.aidSchemeSlug?.message}
            nativeSelectProps={register('aidSchemeSlug')}
          />
          {field('smtpFrom')}
        </div>
        <div className="fr-col-12 fr-col-md-6">
          {field('imapHost')}
          {field('imapPort', { type: 'number' })}
          {field('imapUser')}
          {field('passwordEnv')}
          {field('folders')}
          {field('processedFolder')}
        </div>
      </div>
      <Checkbox
        options={[
          { label: copy.imapTls, nativeInputProps: register('imapTls') },
          { label: copy.active, nativeInputProps: register('active') },
        ]}
      />
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={save.isPending}>
            {editing ? copy.save : copy.create}
          </Button>
        </li>
        {editing && (
          <li>
            <Button type="button" priority="secondary" onClick={onCancel}>
              {copy.cancel}
            </Button>
          </li>
        )}
      </ul>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import ButtonsGroup from '@codegouvfr/react-dsfr/ButtonsGroup';
import Checkbox from '@codegouvfr/react-dsfr/Checkbox';
import Input from '@codegouvfr/react-dsfr/Input';
import Select from '@codegouvfr/react-dsfr/Select';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { citizenPage, civilityLabels } from '../../../content/citizens';
import type { FieldError } from '../../../lib/api/api-error';
import { type CitizenFormValues, citizenFormSchema, FIELD_OF } from './citizen-form-schema';

interface CitizenFormProps {
  readonly defaultValues: CitizenFormValues;
  readonly pending: boolean;
  /** The API's 400 field errors of the last save, shown on their fields. */
  readonly serverErrors: readonly FieldError[];
  readonly onSubmit: (values: CitizenFormValues) => void;
  readonly onCancel: () => void;
}

/** The citizen's identity and contact points, checked here before the API checks them again. */
export function CitizenForm({
  defaultValues,
  pending,
  serverErrors,
  onSubmit,
  onCancel,
}: CitizenFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<CitizenFormValues>({ resolver: zodResolver(citizenFormSchema), defaultValues });

  useEffect(() => {
    for (const error of serverErrors) {
      const field = FIELD_OF[error.field];
      if (field) setError(field, { message: error.message });
    }
  }, [serverErrors, setError]);

  const text = (
    name: Exclude<keyof CitizenFormValues, 'civility' | 'contactConsent'>,
    label: string,
    extra: { hint?: string; textArea?: boolean; autoComplete?: string } = {},
  ) => {
    const state = errors[name] ? ('error' as const) : ('default' as const);
    const common = {
      ...register(name),
      'aria-invalid': errors[name] ? true : undefined,
      autoComplete: extra.autoComplete,
    };
    return extra.textArea ? (
      <Input
        label={label}
        hintText={extra.hint}
        state={state}
        stateRelatedMessage={errors[name]?.message}
        textArea
        nativeTextAreaProps={{ ...common, rows: 2 }}
      />
    ) : (
      <Input
        label={label}
        hintText={extra.hint}
        state={state}
        stateRelatedMessage={errors[name]?.message}
        nativeInputProps={common}
      />
    );
  };

  return (
    <form onSubmit={(event) => void handleSubmit(onSubmit)(event)} noValidate>
      <Select
        label={citizenPage.civility}
        nativeSelectProps={register('civility')}
        state={errors.civility ? 'error' : 'default'}
        stateRelatedMessage={errors.civility?.message}
      >
        <option value="">{citizenPage.noCivility}</option>
        <option value="mme">{civilityLabels.mme}</option>
        <option value="m">{civilityLabels.m}</option>
      </Select>
      {text('firstName', citizenPage.firstName, { autoComplete: 'off' })}
      {text('lastName', citizenPage.lastName, { autoComplete: 'off' })}
      {text('phones', citizenPage.phone, { hint: citizenPage.phoneHint, textArea: true })}
      {text('emails', citizenPage.email, { hint: citizenPage.emailHint, textArea: true })}
      {text('addressLine', citizenPage.addressLine)}
      {text('postcode', citizenPage.postcode)}
      {text('inseeCode', citizenPage.inseeCode, { hint: citizenPage.inseeHint })}
      <Checkbox
        options={[{ label: citizenPage.consent, nativeInputProps: register('contactConsent') }]}
      />
      <ButtonsGroup
        inlineLayoutWhen="always"
        buttons={[
          { children: citizenPage.save, type: 'submit', disabled: pending },
          {
            children: citizenPage.cancel,
            priority: 'secondary',
            type: 'button',
            onClick: onCancel,
          },
        ]}
      />
    </form>
  );
}

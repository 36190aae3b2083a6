import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { desk } from '../../../content/desk';
import { ApiError } from '../../../lib/api/api-error';
import { useCreateCitizen } from '../api/create-citizen';
import type { PoppedCitizen } from '../api/desk-events';

export const createCitizenModal = createModal({
  id: 'creer-fiche-usager',
  isOpenedByDefault: false,
});

const citizenSchema = z.object({
  firstName: z.string().trim(),
  lastName: z.string().trim().min(1, desk.citizenModal.lastNameRequired),
  phone: z.string().trim(),
  inseeCode: z.string().trim(),
});

type CitizenValues = z.infer<typeof citizenSchema>;

interface CreateCitizenModalProps {
  /** The caller's number and commune, prefilled. */
  readonly phone: string;
  readonly inseeCode: string;
  readonly onCreated: (citizen: PoppedCitizen) => void;
}

/** "Créer la fiche usager" from the screen pop: a DSFR modal, focus trapped and given back by the DSFR. */
export function CreateCitizenModal({ phone, inseeCode, onCreated }: CreateCitizenModalProps) {
  const create = useCreateCitizen();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<CitizenValues>({
    resolver: zodResolver(citizenSchema),
    defaultValues: { firstName: '', lastName: '', phone, inseeCode },
  });

  useEffect(() => {
    reset({ firstName: '', lastName: '', phone, inseeCode });
  }, [phone, inseeCode, reset]);

  const submit = handleSubmit((values) => {
    create.mutate(
      {
        firstName: values.firstName || undefined,
        lastName: values.lastName,
        phone: values.phone || undefined,
        inseeCode: values.inseeCode || undefined,
      },
      {
        onSuccess: (citizen) => {
          onCreated(citizen);
          createCitizenModal.close();
        },
      },
    );
  });

  return (
    <createCitizenModal.Component title={desk.citizenModal.title}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Input label={desk.citizenModal.firstName} nativeInputProps={register('firstName')} />
        <Input
          label={desk.citizenModal.lastName}
          state={errors.lastName ? 'error' : 'default'}
          stateRelatedMessage={errors.lastName?.message}
          nativeInputProps={{
            ...register('lastName'),
            'aria-invalid': errors.lastName ? true : undefined,
          }}
        />
        <Input
          label={desk.citizenModal.phone}
          nativeInputProps={{ ...register('phone'), type: 'tel' }}
        />
        <Input
          label={desk.citizenModal.inseeCode}
          hintText={desk.citizenModal.inseeHint}
          nativeInputProps={{ ...register('inseeCode'), inputMode: 'numeric' }}
        />
        <div role="alert">
          {create.isError && (
            <Alert
              severity="error"
              small
              className="fr-mb-2w"
              description={
                create.error instanceof ApiError ? create.error.message : desk.call.failed
              }
            />
          )}
        </div>
        <Button type="submit" disabled={create.isPending}>
          {desk.citizenModal.submit}
        </Button>
      </form>
    </createCitizenModal.Component>
  );
}

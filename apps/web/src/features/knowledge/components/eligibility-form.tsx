import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import Select from '@codegouvfr/react-dsfr/Select';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { knowledge } from '../../../content/knowledge';

const copy = knowledge.eligibility;
const optionalAmount = z
  .string()
  .trim()
  .refine(
    (value) => value === '' || (Number.isFinite(Number(value)) && Number(value) >= 0),
    copy.errors.amount,
  );

const situationSchema = z
  .object({
    age: z
      .string()
      .trim()
      .refine(
        (value) => value === '' || (/^\d{1,3}$/.test(value) && Number(value) <= 130),
        copy.errors.age,
      ),
    birthDate: z.string(),
    status: z.string().min(1, copy.errors.status),
    inseeCode: z
      .string()
      .trim()
      .regex(/^(\d{5}|2[AB]\d{3})$/i, copy.errors.inseeCode),
    familyQuotient: optionalAmount,
    income: optionalAmount,
  })
  .refine((situation) => situation.age !== '' || situation.birthDate !== '', {
    path: ['age'],
    message: copy.errors.ageOrBirthDate,
  });

type SituationFields = z.input<typeof situationSchema>;

/** The body of `POST /api/knowledge/eligibility`. */
export interface EligibilityQuery {
  readonly age?: number;
  readonly birthDate?: string;
  readonly status: string;
  readonly inseeCode: string;
  readonly familyQuotient?: number;
  readonly income?: number;
}

export function toEligibilityQuery(fields: SituationFields): EligibilityQuery {
  const amount = (value: string) => (value.trim() === '' ? undefined : Number(value));
  return {
    ...(fields.age.trim() !== '' ? { age: Number(fields.age) } : { birthDate: fields.birthDate }),
    status: fields.status,
    inseeCode: fields.inseeCode.trim().toUpperCase(),
    familyQuotient: amount(fields.familyQuotient),
    income: amount(fields.income),
  };
}

interface EligibilityFormProps {
  readonly pending: boolean;
  readonly onSubmit: (query: EligibilityQuery) => void;
}

/** What the agent knows of the citizen; the open schemes are checked against it. */
export function EligibilityForm({ pending, onSubmit }: EligibilityFormProps) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SituationFields>({
    resolver: zodResolver(situationSchema),
    defaultValues: {
      age: '',
      birthDate: '',
      status: '',
      inseeCode: '',
      familyQuotient: '',
      income: '',
    },
  });
  const state = (field: keyof SituationFields) => ({
    state: errors[field] ? ('error' as const) : ('default' as const),
    stateRelatedMessage: errors[field]?.message,
  });
  const submit = handleSubmit((fields) => onSubmit(toEligibilityQuery(fields)));
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={copy.title}>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <Input
            label={copy.age}
            nativeInputProps={{ inputMode: 'numeric', ...register('age') }}
            {...state('age')}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input
            label={copy.birthDate}
            nativeInputProps={{ type: 'date', ...register('birthDate') }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Select label={copy.status} nativeSelectProps={register('status')} {...state('status')}>
            <option value="" disabled>
              {copy.statusPlaceholder}
            </option>
            {Object.entries(knowledge.statuses).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input
            label={copy.inseeCode}
            hintText={copy.inseeHint}
            nativeInputProps={{ autoComplete: 'off', ...register('inseeCode') }}
            {...state('inseeCode')}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input
            label={copy.familyQuotient}
            nativeInputProps={{ inputMode: 'decimal', ...register('familyQuotient') }}
            {...state('familyQuotient')}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input
            label={copy.income}
            nativeInputProps={{ inputMode: 'decimal', ...register('income') }}
            {...state('income')}
          />
        </div>
      </div>
      <Button type="submit" disabled={pending}>
        {copy.submit}
      </Button>
    </form>
  );
}

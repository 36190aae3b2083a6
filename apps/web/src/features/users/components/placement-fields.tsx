import Checkbox from '@codegouvfr/react-dsfr/Checkbox';
import Select from '@codegouvfr/react-dsfr/Select';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { roleLabels } from '../../../content/roles';
import { users } from '../../../content/users';
import { ROLES } from '../../../lib/roles';

const copy = users.form;

type PlacementField = 'role' | 'antennaId' | 'mobileTeam';

interface FieldProps {
  readonly registered: UseFormRegisterReturn;
  readonly error?: string;
}

interface PlacementFieldsProps {
  readonly antennas: readonly { readonly id: string; readonly name: string }[];
  /** The form's own `register` and errors: any form with these three fields. */
  readonly register: (field: PlacementField) => UseFormRegisterReturn;
  readonly errors: Partial<Record<PlacementField, { readonly message?: string }>>;
}

const stateOf = ({ error }: FieldProps) => ({
  state: error ? ('error' as const) : ('default' as const),
  stateRelatedMessage: error,
});

/** The role and where the account works: shared by the creation and the edition of an account. */
export function PlacementFields({ antennas, register, errors }: PlacementFieldsProps) {
  const field = (name: PlacementField): FieldProps => ({
    registered: register(name),
    error: errors[name]?.message,
  });
  const [role, antennaId, mobileTeam] = [field('role'), field('antennaId'), field('mobileTeam')];
  return (
    <>
      <Select
        label={copy.role}
        {...stateOf(role)}
        nativeSelectProps={{ ...role.registered, 'aria-invalid': role.error ? true : undefined }}
      >
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {roleLabels[value]}
          </option>
        ))}
      </Select>
      <Select
        label={copy.antenna}
        hint={copy.antennaHint}
        {...stateOf(antennaId)}
        nativeSelectProps={{
          ...antennaId.registered,
          'aria-invalid': antennaId.error ? true : undefined,
        }}
      >
        <option value="">{copy.noAntenna}</option>
        {antennas.map((antenna) => (
          <option key={antenna.id} value={antenna.id}>
            {antenna.name}
          </option>
        ))}
      </Select>
      <Checkbox
        options={[{ label: copy.mobileTeam, nativeInputProps: mobileTeam.registered }]}
        {...stateOf(mobileTeam)}
      />
    </>
  );
}

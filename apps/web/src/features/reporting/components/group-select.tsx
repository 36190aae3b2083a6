import Select from '@codegouvfr/react-dsfr/Select';

interface GroupSelectProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly choices: readonly T[];
  readonly labels: Readonly<Record<T, string>>;
  readonly onChange: (value: T) => void;
}

/** How a tab's figures are broken down; the choice goes to the address like every filter. */
export function GroupSelect<T extends string>({
  label,
  value,
  choices,
  labels,
  onChange,
}: GroupSelectProps<T>) {
  return (
    <Select
      label={label}
      className="fr-mb-2w"
      nativeSelectProps={{
        value,
        onChange: (event) => {
          const next = choices.find((choice) => choice === event.target.value);
          if (next !== undefined) onChange(next);
        },
      }}
    >
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {labels[choice]}
        </option>
      ))}
    </Select>
  );
}

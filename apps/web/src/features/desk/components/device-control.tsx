import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import RadioButtons from '@codegouvfr/react-dsfr/RadioButtons';
import { useState } from 'react';
import { desk } from '../../../content/desk';
import { ApiError } from '../../../lib/api/api-error';
import { type DeviceChoice, useSetDevice } from '../api/set-device';
import type { VoiceMe } from '../api/voice-me';

/** Where calls ring: the browser softphone, or a desk or mobile phone reached by its number. */
export function DeviceControl({ me }: { readonly me: VoiceMe }) {
  const setDevice = useSetDevice();
  const [kind, setKind] = useState<DeviceChoice['kind']>(me.deviceKind);
  const [phoneNumber, setPhoneNumber] = useState(me.phoneNumber ?? '');
  const numberError =
    setDevice.error instanceof ApiError
      ? setDevice.error.fieldErrors.find((error) => error.field === 'phoneNumber')?.message
      : undefined;

  return (
    <section aria-labelledby="device-title" className="fr-mb-3w">
      <h2 id="device-title" className="fr-h5">
        {desk.device.legend}
      </h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setDevice.mutate(kind === 'phone' ? { kind, phoneNumber } : { kind });
        }}
      >
        <RadioButtons
          legend={desk.device.legend}
          name="device"
          small
          options={(['browser', 'phone'] as const).map((value) => ({
            label: desk.device[value],
            nativeInputProps: {
              value,
              checked: kind === value,
              onChange: () => setKind(value),
            },
          }))}
        />
        {kind === 'phone' && (
          <Input
            label={desk.device.number}
            hintText={desk.device.numberHint}
            state={numberError ? 'error' : 'default'}
            stateRelatedMessage={numberError}
            nativeInputProps={{
              value: phoneNumber,
              type: 'tel',
              autoComplete: 'tel',
              'aria-invalid': numberError ? true : undefined,
              onChange: (event) => setPhoneNumber(event.target.value),
            }}
          />
        )}
        <Button type="submit" priority="secondary" size="small" disabled={setDevice.isPending}>
          {desk.device.save}
        </Button>
        <p role="status" className="fr-mt-1w">
          {setDevice.isSuccess ? desk.device.saved : ''}
        </p>
      </form>
    </section>
  );
}

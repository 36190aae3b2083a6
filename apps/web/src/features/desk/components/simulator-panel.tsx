import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useState } from 'react';
import { desk } from '../../../content/desk';
import { ApiError } from '../../../lib/api/api-error';
import { usePlaceSimulatedCall } from '../api/place-simulated-call';

/** Demo only (`telephony: simulated`): a caller keys in a postcode; the real routing takes it from there. */
export function SimulatorPanel() {
  const place = usePlaceSimulatedCall();
  const [postcode, setPostcode] = useState('80000');
  const [from, setFrom] = useState('+33612345678');

  const failure = place.isError
    ? place.error instanceof ApiError
      ? [place.error.message, ...place.error.fieldErrors.map((error) => error.message)].join(' ')
      : desk.simulator.failed
    : null;

  return (
    <section aria-labelledby="simulator-title" className="fr-mb-3w">
      <h2 id="simulator-title" className="fr-h5">
        {desk.simulator.heading}
      </h2>
      <p className="fr-hint-text">{desk.simulator.hint}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          place.mutate({ postcode, from });
        }}
      >
        <Input
          label={desk.simulator.postcode}
          nativeInputProps={{
            value: postcode,
            inputMode: 'numeric',
            maxLength: 5,
            onChange: (event) => setPostcode(event.target.value),
          }}
        />
        <Input
          label={desk.simulator.from}
          nativeInputProps={{
            value: from,
            type: 'tel',
            onChange: (event) => setFrom(event.target.value),
          }}
        />
        <Button type="submit" priority="secondary" disabled={place.isPending}>
          {desk.simulator.submit}
        </Button>
      </form>
      <div role="status" className="fr-mt-2w">
        {place.isSuccess && (
          <Alert
            severity="success"
            small
            description={desk.simulator.placed(place.data.antennaName ?? desk.simulator.region)}
          />
        )}
      </div>
      <div role="alert">
        {failure !== null && <Alert severity="error" small description={failure} />}
      </div>
    </section>
  );
}

import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useState } from 'react';
import { users } from '../../../content/users';
import { ApiError } from '../../../lib/api/api-error';
import { useSetUserActive } from '../api/update-user';
import type { StaffAccount } from '../api/users';

const copy = users.account;

const closeAccountModal = createModal({ id: 'fermer-compte', isOpenedByDefault: false });

/** Closing an account ends its sessions at once, so it is confirmed first; reopening is not. */
export function AccountAccess({ account }: { readonly account: StaffAccount }) {
  const setActive = useSetUserActive(account.id);
  const [done, setDone] = useState<string | null>(null);
  const change = (active: boolean) => {
    setDone(null);
    setActive.mutate(active, {
      onSuccess: () => setDone(active ? copy.reopened : copy.closed),
      onSettled: () => closeAccountModal.close(),
    });
  };

  return (
    <section aria-labelledby="account-access-title" className="fr-mt-4w">
      <h2 id="account-access-title">{copy.statusTitle}</h2>
      <p>{account.active ? copy.activeStatus : copy.closedStatus}</p>
      <div role="status">
        {done && <Alert severity="success" small className="fr-mb-2w" description={done} />}
      </div>
      <div role="alert">
        {setActive.isError && (
          <Alert
            severity="error"
            small
            className="fr-mb-2w"
            description={
              setActive.error instanceof ApiError ? setActive.error.message : copy.statusError
            }
          />
        )}
      </div>
      {account.active ? (
        <Button priority="secondary" onClick={() => closeAccountModal.open()}>
          {copy.close}
        </Button>
      ) : (
        <Button priority="secondary" disabled={setActive.isPending} onClick={() => change(true)}>
          {copy.reopen}
        </Button>
      )}
      <closeAccountModal.Component
        title={copy.confirmTitle}
        buttons={[
          { children: copy.cancel, priority: 'secondary' },
          {
            children: copy.confirmClose,
            doClosesModal: false,
            disabled: setActive.isPending,
            onClick: () => change(false),
          },
        ]}
      >
        <p>{copy.confirmText(account.displayName)}</p>
      </closeAccountModal.Component>
    </section>
  );
}

import Alert from '@codegouvfr/react-dsfr/Alert';
import { Link, useParams } from 'react-router';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { common } from '../../../content/common';
import { roleLabels } from '../../../content/roles';
import { users } from '../../../content/users';
import { ApiError } from '../../../lib/api/api-error';
import { paths } from '../../../lib/paths';
import { useAntennas } from '../api/antennas';
import { useUser } from '../api/user';
import { AccountAccess } from '../components/account-access';
import { EditUserForm } from '../components/edit-user-form';

const copy = users.account;
const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

/** /utilisateurs/:id: an admin changes an account's name, role and antenna, or closes it. */
export function UserPage() {
  const { id = '' } = useParams();
  const account = useUser(id);
  const antennas = useAntennas();

  if (account.isPending || antennas.isPending)
    return (
      <Page title={copy.loadingTitle}>
        <Loading />
      </Page>
    );
  if (account.isError) {
    const missing = account.error instanceof ApiError && [400, 404].includes(account.error.status);
    return (
      <Page title={copy.loadingTitle}>
        <Alert
          severity="error"
          small
          description={missing ? copy.notFound : common.unexpectedError}
        />
        <p className="fr-mt-2w">
          <Link to={paths.users}>{copy.back}</Link>
        </p>
      </Page>
    );
  }
  const record = account.data;
  return (
    <Page title={users.edit(record.displayName)}>
      <p>
        <Link to={paths.users} className="fr-link">
          {copy.back}
        </Link>
      </p>
      <ul className="fr-mb-3w">
        <li>{copy.email(record.email)}</li>
        <li>{copy.role(roleLabels[record.role])}</li>
        <li>
          {record.lastLoginAt
            ? copy.lastLogin(dateTime.format(new Date(record.lastLoginAt)))
            : copy.neverLoggedIn}
        </li>
      </ul>
      <EditUserForm account={record} antennas={antennas.data ?? []} />
      <AccountAccess account={record} />
    </Page>
  );
}

import Alert from '@codegouvfr/react-dsfr/Alert';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { pageTitles } from '../../../content/navigation';
import { users } from '../../../content/users';
import { useAntennas } from '../api/antennas';
import { useUsers } from '../api/users';
import { CreateUserForm } from '../components/create-user-form';
import { UsersTable } from '../components/users-table';

/** /utilisateurs: the admin's list of staff accounts and the account creation form. */
export function UsersPage() {
  const accounts = useUsers();
  const antennas = useAntennas();
  const antennaList = antennas.data ?? [];
  return (
    <Page title={pageTitles.users}>
      <p>{users.intro}</p>
      <CreateUserForm antennas={antennaList} />
      <h2 className="fr-mt-4w">{users.listTitle}</h2>
      {accounts.isPending ? (
        <Loading />
      ) : accounts.isError ? (
        <Alert severity="error" small description={users.loadError} />
      ) : (
        <UsersTable
          accounts={accounts.data}
          antennaNames={new Map(antennaList.map((antenna) => [antenna.id, antenna.name]))}
        />
      )}
    </Page>
  );
}

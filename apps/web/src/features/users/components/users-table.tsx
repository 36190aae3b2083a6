import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import { Link } from 'react-router';
import { roleLabels } from '../../../content/roles';
import { users } from '../../../content/users';
import { linkTo } from '../../../lib/paths';
import { useSetContentTeam } from '../api/set-content-team';
import type { StaffAccount } from '../api/users';

interface UsersTableProps {
  readonly accounts: readonly StaffAccount[];
  readonly antennaNames: ReadonlyMap<string, string>;
}

export function UsersTable({ accounts, antennaNames }: UsersTableProps) {
  const antennaOf = (account: StaffAccount) => {
    if (account.antennaId) return antennaNames.get(account.antennaId) ?? account.antennaId;
    return account.mobileTeam ? users.mobileTeam : users.none;
  };
  const setContentTeam = useSetContentTeam();
  return (
    <div className="fr-table">
      <div role="alert">
        {setContentTeam.isError && (
          <Alert severity="error" small description={users.contentTeam.failed} />
        )}
      </div>
      <table>
        <caption>{users.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{users.columns.name}</th>
            <th scope="col">{users.columns.email}</th>
            <th scope="col">{users.columns.role}</th>
            <th scope="col">{users.columns.antenna}</th>
            <th scope="col">{users.columns.status}</th>
            <th scope="col">{users.columns.contentTeam}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id}>
              <th scope="row">
                <Link to={linkTo.user(account.id)} aria-label={users.edit(account.displayName)}>
                  {account.displayName}
                </Link>
              </th>
              <td>{account.email}</td>
              <td>{roleLabels[account.role]}</td>
              <td>{antennaOf(account)}</td>
              <td>{account.active ? users.active : users.inactive}</td>
              <td>
                {account.contentTeam && (
                  <span className="fr-mr-1w">{users.contentTeam.member}</span>
                )}
                <Button
                  size="small"
                  priority="tertiary"
                  disabled={setContentTeam.isPending}
                  nativeButtonProps={{
                    'aria-label': account.contentTeam
                      ? users.contentTeam.revoke(account.displayName)
                      : users.contentTeam.grant(account.displayName),
                  }}
                  onClick={() =>
                    setContentTeam.mutate({ id: account.id, contentTeam: !account.contentTeam })
                  }
                >
                  {account.contentTeam
                    ? users.contentTeam.revokeShort
                    : users.contentTeam.grantShort}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

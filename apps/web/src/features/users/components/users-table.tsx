import { roleLabels } from '../../../content/roles';
import { users } from '../../../content/users';
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
  return (
    <div className="fr-table">
      <table>
        <caption>{users.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{users.columns.name}</th>
            <th scope="col">{users.columns.email}</th>
            <th scope="col">{users.columns.role}</th>
            <th scope="col">{users.columns.antenna}</th>
            <th scope="col">{users.columns.status}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id}>
              <th scope="row">{account.displayName}</th>
              <td>{account.email}</td>
              <td>{roleLabels[account.role]}</td>
              <td>{antennaOf(account)}</td>
              <td>{account.active ? users.active : users.inactive}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

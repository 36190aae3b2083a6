import Table from '@codegouvfr/react-dsfr/Table';
import { Link } from 'react-router';
import { citizensSearch } from '../content/citizens';
import type { components } from '../lib/api/schema.gen';
import { citizenName } from '../lib/format';
import { linkTo } from '../lib/paths';

interface CitizensTableProps {
  readonly caption: string;
  readonly citizens: readonly components['schemas']['CitizenDto'][];
  readonly className?: string;
}

/** Citizens as the citizens search and the header search list them, each opening its file. */
export function CitizensTable({ caption, citizens, className }: CitizensTableProps) {
  return (
    <Table
      className={className}
      caption={caption}
      headers={[
        citizensSearch.name,
        citizensSearch.phone,
        citizensSearch.email,
        citizensSearch.antenna,
      ]}
      data={citizens.map((citizen) => [
        <Link key="name" to={linkTo.citizen(citizen.id)}>
          {citizenName(citizen)}
        </Link>,
        citizen.phones.join(', '),
        citizen.emails.join(', '),
        citizen.antennaId ?? citizensSearch.noAntenna,
      ])}
    />
  );
}

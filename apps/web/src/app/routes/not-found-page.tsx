import { Link } from 'react-router';
import { Page } from '../../components/page';
import { notFound } from '../../content/navigation';
import { paths } from '../../lib/paths';

export function NotFoundPage() {
  return (
    <Page title={notFound.title}>
      <p>{notFound.body}</p>
      <Link to={paths.home}>{notFound.backHome}</Link>
    </Page>
  );
}

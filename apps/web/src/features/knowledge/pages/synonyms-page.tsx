import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { knowledge } from '../../../content/knowledge';
import { ApiError } from '../../../lib/api/api-error';
import { detailPaths } from '../../../lib/paths';
import { useSessionUser } from '../../../lib/session-user';
import { useSaveSynonyms, useSynonyms } from '../api/synonyms';
import { groupsOf, rowsOf, type SynonymRow } from '../synonyms/synonym-rows';

const copy = knowledge.synonyms;

/** `/connaissances/synonymes`: the content team keeps the synonyms every search expands with. */
export function SynonymsPage() {
  const user = useSessionUser();
  const synonyms = useSynonyms();
  return (
    <Page title={copy.title}>
      <p>{copy.intro}</p>
      <p>
        <Link
          className="fr-link fr-icon-arrow-left-line fr-link--icon-left"
          to={detailPaths.knowledgeTodo}
        >
          {knowledge.links.todo}
        </Link>
      </p>
      {!user.contentTeam && (
        <Alert severity="info" small description={knowledge.editor.restricted} />
      )}
      {user.contentTeam && synonyms.isPending && <Loading />}
      {user.contentTeam && synonyms.isError && (
        <Alert severity="error" small description={copy.loadError} />
      )}
      {user.contentTeam && synonyms.data && <SynonymsEditor groups={synonyms.data.groups} />}
    </Page>
  );
}

function SynonymsEditor({ groups }: { readonly groups: readonly string[][] }) {
  const save = useSaveSynonyms();
  const [rows, setRows] = useState<SynonymRow[]>(() => rowsOf(groups));
  const [nextKey, setNextKey] = useState(groups.length);
  const [errors, setErrors] = useState<ReadonlyMap<number, string>>(new Map());
  const [filter, setFilter] = useState('');
  const [saved, setSaved] = useState<number | null>(null);

  const needle = filter.trim().toLowerCase();
  const shown = needle ? rows.filter((row) => row.text.toLowerCase().includes(needle)) : rows;
  const edit = (key: number, text: string) => {
    setSaved(null);
    setRows((current) => current.map((row) => (row.key === key ? { key, text } : row)));
  };
  const remove = (key: number) => {
    setSaved(null);
    setRows((current) => current.filter((row) => row.key !== key));
  };
  const add = () => {
    setSaved(null);
    setFilter('');
    setRows((current) => [...current, { key: nextKey, text: '' }]);
    setNextKey(nextKey + 1);
    // The new line takes the focus once it is drawn.
    requestAnimationFrame(() => document.getElementById(`synonymes-${nextKey}`)?.focus());
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = groupsOf(rows, copy.errors);
    if (!result.ok) {
      setErrors(result.errors);
      const first = [...result.errors.keys()][0];
      setFilter('');
      requestAnimationFrame(() => document.getElementById(`synonymes-${first}`)?.focus());
      return;
    }
    setErrors(new Map());
    save.mutate(result.groups, {
      onSuccess: (list) => {
        setRows(rowsOf(list.groups));
        setNextKey(list.groups.length);
        setSaved(list.groups.length);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="synonymes-titre">
      <h2 id="synonymes-titre" className="fr-h4">
        {copy.heading(rows.length)}
      </h2>
      <div role="search">
        <Input
          label={copy.filter}
          nativeInputProps={{
            type: 'search',
            value: filter,
            onChange: (event) => setFilter(event.target.value),
          }}
        />
      </div>
      <ul className="fr-raw-list">
        {shown.map((row, index) => (
          <li key={row.key} className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
            <div className="fr-col-12 fr-col-md-10">
              <Input
                label={copy.group(index + 1)}
                hintText={index === 0 ? copy.groupHint : undefined}
                state={errors.has(row.key) ? 'error' : 'default'}
                stateRelatedMessage={errors.get(row.key)}
                nativeInputProps={{
                  id: `synonymes-${row.key}`,
                  value: row.text,
                  spellCheck: false,
                  onChange: (event) => edit(row.key, event.target.value),
                  'aria-invalid': errors.has(row.key) ? true : undefined,
                }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-2 fr-mb-3w">
              <Button
                type="button"
                priority="tertiary"
                size="small"
                iconId="fr-icon-delete-line"
                nativeButtonProps={{
                  'aria-label': copy.removeLabel(row.text || copy.group(index + 1)),
                }}
                onClick={() => remove(row.key)}
              >
                {copy.remove}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p>{copy.noMatch}</p>}
      <div role="status">
        {saved !== null && <Alert severity="success" small description={copy.saved(saved)} />}
      </div>
      <div role="alert">
        {errors.size > 0 && <Alert severity="error" small description={copy.fix(errors.size)} />}
        {save.isError && (
          <Alert
            severity="error"
            small
            description={save.error instanceof ApiError ? save.error.message : copy.saveError}
          />
        )}
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mt-2w">
        <li>
          <Button type="button" priority="secondary" iconId="fr-icon-add-line" onClick={add}>
            {copy.add}
          </Button>
        </li>
        <li>
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? copy.saving : copy.save}
          </Button>
        </li>
      </ul>
    </form>
  );
}

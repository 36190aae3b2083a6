import Alert from '@codegouvfr/react-dsfr/Alert';
import Badge from '@codegouvfr/react-dsfr/Badge';
import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Loading } from '../../../components/loading';
import { PhrasingText } from '../../../components/phrasing-text';
import { RichText } from '../../../components/rich-text';
import { knowledge } from '../../../content/knowledge';
import { linkTo } from '../../../lib/paths';
import {
  useKnowledgeArticle,
  useKnowledgeLookup,
  useRecordKnowledgeCopy,
} from '../api/knowledge-lookup';
import type { UsedArticle } from './coding-schema';

const copy = knowledge.panel;
/** Waits for a pause in the typing before searching (one query per word, not per letter). */
const DEBOUNCE_MS = 250;

/** Strips the API's <mark> and decodes its escaped text: the panel shows the snippet as plain text. */
function snippetParts(snippet: string): { text: string; marked: boolean }[] {
  const decode = (fragment: string) =>
    new DOMParser().parseFromString(`<div>${fragment}</div>`, 'text/html').body.textContent;
  return snippet
    .split(/<mark>(.*?)<\/mark>/gs)
    .map((part, index) => ({ text: decode(part), marked: index % 2 === 1 }));
}

interface KnowledgePanelProps {
  /** An article was opened: the call's coding offers it among the knowledge used. */
  readonly onUsed?: (article: UsedArticle) => void;
}

/** The desk's knowledge panel: search as you type, open a result, copy approved phrasing in one click. */
export function KnowledgePanel({ onUsed }: KnowledgePanelProps) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [opened, setOpened] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const results = useKnowledgeLookup(query);
  const list = query.trim().length >= 2 ? (results.data?.results ?? []) : [];
  return (
    <section aria-labelledby="knowledge-panel-title" className="fr-mb-3w">
      <h2 id="knowledge-panel-title" className="fr-h4">
        {copy.heading}
      </h2>
      <div role="search">
        <Input
          label={copy.label}
          hintText={copy.hint}
          iconId="fr-icon-search-line"
          nativeInputProps={{
            type: 'search',
            value: text,
            autoComplete: 'off',
            onChange: (event) => setText(event.target.value),
          }}
        />
      </div>
      <p aria-live="polite" className="fr-sr-only">
        {results.data && query.trim().length >= 2 ? copy.results(list.length) : ''}
      </p>
      {results.isError && <Alert severity="error" small description={copy.failed} />}
      {results.isFetching && !results.data && <Loading />}
      {results.data && query.trim().length >= 2 && list.length === 0 && (
        <p>{copy.empty(query.trim())}</p>
      )}
      <ul className="fr-raw-list">
        {list.map((result) => {
          const key = `${result.type}:${result.slug}`;
          const isOpen = opened === key;
          return (
            <li key={key} className="fr-mb-2w">
              <Badge small noIcon>
                {knowledge.kinds[result.type] ?? result.type}
              </Badge>{' '}
              <strong>{result.title}</strong>
              <p className="fr-text--sm fr-mb-1v">
                {snippetParts(result.snippet).map((part, index) =>
                  part.marked ? <mark key={index}>{part.text}</mark> : part.text,
                )}
              </p>
              {result.type === 'scheme' ? (
                <Link
                  className="fr-link fr-text--sm"
                  to={linkTo.knowledgeScheme(result.slug)}
                  target="_blank"
                >
                  {copy.open}
                </Link>
              ) : (
                <Button
                  size="small"
                  priority="tertiary"
                  aria-expanded={isOpen}
                  nativeButtonProps={{
                    'aria-label': isOpen
                      ? `${copy.hide} « ${result.title} »`
                      : copy.show(result.title),
                  }}
                  onClick={() => setOpened(isOpen ? null : key)}
                >
                  {isOpen ? copy.hide : copy.show(result.title)}
                </Button>
              )}
              {isOpen && <ArticleBody slug={result.slug} onUsed={onUsed} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function ArticleBody({
  slug,
  onUsed,
}: {
  readonly slug: string;
  readonly onUsed: KnowledgePanelProps['onUsed'];
}) {
  const article = useKnowledgeArticle(slug);
  const recordCopy = useRecordKnowledgeCopy();
  const opened = article.data?.revision.article;
  useEffect(() => {
    if (opened) onUsed?.({ slug, title: opened.title, schemeSlug: opened.schemeSlug ?? null });
  }, [opened, onUsed, slug]);
  if (article.isPending) return <Loading />;
  if (article.isError) return <Alert severity="error" small description={copy.failed} />;
  const content = article.data.revision.article;
  if (!content) return null;
  return (
    <div className="fr-mt-1w fr-p-2w" style={{ border: '1px solid var(--border-default-grey)' }}>
      {content.kind === 'phrasing' ? (
        <PhrasingText html={content.body} onCopied={() => recordCopy.mutate(slug)} />
      ) : (
        <RichText html={content.body} />
      )}
      <Link className="fr-link fr-text--sm" to={linkTo.knowledgeArticle(slug)} target="_blank">
        {copy.open}
      </Link>
    </div>
  );
}

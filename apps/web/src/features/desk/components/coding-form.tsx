import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import Checkbox from '@codegouvfr/react-dsfr/Checkbox';
import Input from '@codegouvfr/react-dsfr/Input';
import RadioButtons from '@codegouvfr/react-dsfr/RadioButtons';
import Select from '@codegouvfr/react-dsfr/Select';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { SchemeSelect } from '../../../components/scheme-select';
import { desk } from '../../../content/desk';
import { ApiError } from '../../../lib/api/api-error';
import {
  type CodingInput,
  codingSchema,
  type CodingSubmission,
  type CodingValues,
  initialCoding,
  submissionOf,
  type UsedArticle,
} from './coding-schema';

interface CodingFormProps {
  /** A citizen is identified (matched, chosen or created): a request or a callback can be made. */
  readonly hasCitizen: boolean;
  /** The knowledge articles opened during the call, in the order the agent opened them. */
  readonly articles?: readonly UsedArticle[];
  readonly onSubmit: (submission: CodingSubmission) => Promise<void>;
}

const reasonEntries = Object.entries(desk.coding.reasons);
const outcomeEntries = Object.entries(desk.coding.outcomes);
const NO_ARTICLES: readonly UsedArticle[] = [];

/**
 * After the hang-up: motif, dispositif, issue, note (and the request's subject for "demande
 * créée"), and the knowledge articles that served, so that the content team knows what is used.
 */
export function CodingForm({ hasCitizen, articles = NO_ARTICLES, onSubmit }: CodingFormProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    control,
    getValues,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<CodingValues, unknown, CodingInput>({
    resolver: zodResolver(codingSchema(hasCitizen)),
    defaultValues: initialCoding(articles),
  });
  const outcome = useWatch({ control, name: 'outcome' });

  // An article opened during the wrap-up is offered ticked, like those opened during the call.
  const offered = useRef(new Set(articles.map((article) => article.slug)));
  useEffect(() => {
    const fresh = articles.filter((article) => !offered.current.has(article.slug));
    if (fresh.length === 0) return;
    for (const article of fresh) offered.current.add(article.slug);
    const ticked = getValues('articleSlugs');
    const current = ticked === false ? [] : typeof ticked === 'string' ? [ticked] : ticked;
    setValue('articleSlugs', [...current, ...fresh.map((article) => article.slug)]);
  }, [articles, getValues, setValue]);

  // The agent's own hang-up brought the form: the keyboard goes on from its heading.
  useEffect(() => heading.current?.focus(), []);

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      await onSubmit(submissionOf(values));
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : desk.coding.errors.failed);
    }
  });

  return (
    <section aria-labelledby="coding-title" className="fr-mb-3w">
      <h2 id="coding-title" ref={heading} tabIndex={-1} className="fr-h4">
        {desk.coding.heading}
      </h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Select
          label={desk.coding.reason}
          state={errors.reasonCode ? 'error' : 'default'}
          stateRelatedMessage={errors.reasonCode?.message}
          nativeSelectProps={{
            ...register('reasonCode'),
            'aria-invalid': errors.reasonCode ? true : undefined,
          }}
        >
          <option value="" disabled>
            {desk.coding.reasonPlaceholder}
          </option>
          {reasonEntries.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        <SchemeSelect
          label={desk.coding.scheme}
          hint={desk.coding.schemeHint}
          emptyLabel={desk.coding.noScheme}
          current={getValues('aidSchemeSlug')}
          error={errors.aidSchemeSlug?.message}
          nativeSelectProps={register('aidSchemeSlug')}
        />
        <RadioButtons
          legend={desk.coding.outcome}
          name="outcome"
          state={errors.outcome ? 'error' : 'default'}
          stateRelatedMessage={errors.outcome?.message}
          options={outcomeEntries.map(([value, label]) => ({
            label,
            nativeInputProps: { ...register('outcome'), value },
          }))}
        />
        {outcome === 'request_created' && (
          <Input
            label={desk.coding.subject}
            hintText={desk.coding.subjectHint}
            state={errors.subject ? 'error' : 'default'}
            stateRelatedMessage={errors.subject?.message}
            nativeInputProps={{
              ...register('subject'),
              'aria-invalid': errors.subject ? true : undefined,
            }}
          />
        )}
        {articles.length > 0 && (
          <Checkbox
            legend={desk.coding.articles}
            hintText={desk.coding.articlesHint}
            options={articles.map((article) => ({
              label: article.title,
              nativeInputProps: { ...register('articleSlugs'), value: article.slug },
            }))}
          />
        )}
        <Input
          label={desk.coding.note}
          textArea
          nativeTextAreaProps={{ ...register('note'), rows: 3 }}
        />
        <div role="alert">
          {failure !== null && (
            <Alert severity="error" small className="fr-mb-2w" description={failure} />
          )}
        </div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? desk.coding.submitting : desk.coding.submit}
        </Button>
      </form>
    </section>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import Select from '@codegouvfr/react-dsfr/Select';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { RichText } from '../../../components/rich-text';
import { knowledge } from '../../../content/knowledge';

const copy = knowledge.editor;
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$/;
const ARTICLE_KINDS = ['phrasing', 'faq', 'antenna'] as const;

const entrySchema = z
  .object({
    kind: z.string(),
    slug: z.string().trim().regex(SLUG, copy.slugFormat),
    title: z.string().trim().min(1, copy.required).max(300),
    shortName: z.string().trim().max(80),
    theme: z.string().trim().max(64),
    summary: z.string().max(5000),
    amounts: z.string().max(2000),
    opensOn: z.string(),
    closesOn: z.string(),
    schemeSlug: z
      .string()
      .trim()
      .refine((value) => value === '' || SLUG.test(value), copy.slugFormat),
    antennaId: z.string().trim().max(64),
    situation: z.string().trim().max(300),
    tags: z.string().max(3000),
    body: z.string().max(200_000),
    changeNote: z.string().trim().max(500),
  })
  .refine((entry) => entry.kind !== 'scheme' || entry.theme !== '', {
    path: ['theme'],
    message: copy.required,
  });

export type EntryFields = z.input<typeof entrySchema>;

export const EMPTY_ENTRY: EntryFields = {
  kind: 'phrasing',
  slug: '',
  title: '',
  shortName: '',
  theme: '',
  summary: '',
  amounts: '',
  opensOn: '',
  closesOn: '',
  schemeSlug: '',
  antennaId: '',
  situation: '',
  tags: '',
  body: '',
  changeNote: '',
};

/** The tags field: comma-separated words, trimmed, without empties. */
export function splitTags(tags: string): string[] {
  return tags
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);
}

interface EntryFormProps {
  readonly initial: EntryFields;
  /** An existing entry keeps its family, kind and slug. */
  readonly existing: boolean;
  readonly pending: boolean;
  readonly onSave: (fields: EntryFields) => void;
}

/** A scheme or an article as the content team writes it; each save is a new draft revision. */
export function EntryForm({ initial, existing, pending, onSave }: EntryFormProps) {
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm<EntryFields>({ resolver: zodResolver(entrySchema), defaultValues: initial });
  const kind = useWatch({ control, name: 'kind' });
  const body = useWatch({ control, name: 'body' });
  const state = (field: keyof EntryFields) => ({
    state: errors[field] ? ('error' as const) : ('default' as const),
    stateRelatedMessage: errors[field]?.message,
  });
  const submit = handleSubmit((fields) => onSave(fields));
  const isScheme = kind === 'scheme';
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={copy.newTitle}>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <Select label={copy.kind} disabled={existing} nativeSelectProps={register('kind')}>
            {[...ARTICLE_KINDS, 'scheme'].map((value) => (
              <option key={value} value={value}>
                {knowledge.kinds[value]}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-8">
          <Input
            label={copy.slug}
            hintText={copy.slugHint}
            disabled={existing}
            nativeInputProps={{ autoComplete: 'off', ...register('slug') }}
            {...state('slug')}
          />
        </div>
      </div>
      <Input
        label={isScheme ? copy.name : copy.title}
        nativeInputProps={register('title')}
        {...state('title')}
      />
      {isScheme ? (
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Input label={copy.shortName} nativeInputProps={register('shortName')} />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select label={copy.theme} nativeSelectProps={register('theme')} {...state('theme')}>
              <option value="">—</option>
              {Object.entries(knowledge.themes).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </div>
          <div className="fr-col-6 fr-col-md-2">
            <Input
              label={copy.opensOn}
              nativeInputProps={{ type: 'date', ...register('opensOn') }}
            />
          </div>
          <div className="fr-col-6 fr-col-md-2">
            <Input
              label={copy.closesOn}
              nativeInputProps={{ type: 'date', ...register('closesOn') }}
            />
          </div>
          <div className="fr-col-12">
            <Input
              label={copy.summary}
              textArea
              nativeTextAreaProps={{ rows: 2, ...register('summary') }}
            />
            <Input label={copy.amounts} nativeInputProps={register('amounts')} />
          </div>
        </div>
      ) : (
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Input
              label={copy.schemeSlug}
              nativeInputProps={{ autoComplete: 'off', ...register('schemeSlug') }}
              {...state('schemeSlug')}
            />
          </div>
          {kind === 'antenna' && (
            <div className="fr-col-12 fr-col-md-4">
              <Input label={copy.antennaId} nativeInputProps={register('antennaId')} />
            </div>
          )}
          {kind === 'phrasing' && (
            <div className="fr-col-12 fr-col-md-4">
              <Input label={copy.situation} nativeInputProps={register('situation')} />
            </div>
          )}
        </div>
      )}
      <Input label={copy.tags} nativeInputProps={register('tags')} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-6">
          <Input
            label={copy.body}
            textArea
            nativeTextAreaProps={{ rows: 14, ...register('body') }}
          />
        </div>
        <div className="fr-col-12 fr-col-lg-6">
          <p className="fr-label">{copy.preview}</p>
          <div className="fr-p-2w" style={{ border: '1px solid var(--border-default-grey)' }}>
            <RichText html={body} />
          </div>
        </div>
      </div>
      <Input label={copy.changeNote} nativeInputProps={register('changeNote')} />
      <Button type="submit" disabled={pending}>
        {copy.save}
      </Button>
    </form>
  );
}

import { diffLines, diffWords } from 'diff';
import type { EntryContent } from '../content/entry-content';
import { plainTextOf } from '../content/rich-text';

export interface DiffPart {
  readonly type: 'added' | 'removed' | 'unchanged';
  readonly value: string;
}

export interface FieldDiff {
  readonly field: string;
  /** French label for the editor. */
  readonly label: string;
  readonly parts: DiffPart[];
}

const LABELS: Readonly<Record<string, string>> = {
  name: 'Nom',
  shortName: 'Nom court',
  title: 'Titre',
  theme: 'Thème',
  summary: 'Résumé',
  body: 'Contenu',
  audiences: 'Publics',
  tags: 'Mots-clés',
  eligibility: "Conditions d'éligibilité",
  amounts: 'Montants',
  opensOn: 'Ouverture de la campagne',
  closesOn: 'Clôture de la campagne',
  requiredDocuments: 'Pièces justificatives',
  applyUrl: 'Lien de demande',
  applyChannel: 'Canal de demande',
  responsibleService: 'Service responsable',
  referentInstructorEmail: 'Instructeur référent',
  mailboxId: 'Boîte mail',
  schemeSlug: 'Dispositif',
  antennaId: 'Antenne',
  situation: 'Situation',
  kind: 'Type',
  slug: 'Identifiant',
};

const RICH_FIELDS = new Set(['summary', 'body']);

/** A field as text a person compares: rich text as plain text, lists one item a line, objects as JSON. */
function asText(field: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return RICH_FIELDS.has(field) ? plainTextOf(value) : value;
  if (Array.isArray(value)) return value.map(String).join('\n') + (value.length ? '\n' : '');
  if (typeof value === 'object') return `${JSON.stringify(value, null, 2)}\n`;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/**
 * What changed between two revisions, field by field (unchanged fields left out): prose compared
 * word by word, lists and eligibility line by line.
 */
export function diffContents(before: EntryContent, after: EntryContent): FieldDiff[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes: FieldDiff[] = [];
  for (const field of fields) {
    const a = asText(field, (before as unknown as Record<string, unknown>)[field]);
    const b = asText(field, (after as unknown as Record<string, unknown>)[field]);
    if (a === b) continue;
    const lineWise = a.includes('\n') || b.includes('\n');
    const parts = (lineWise ? diffLines(a, b) : diffWords(a, b)).map((part): DiffPart => ({
      type: part.added ? 'added' : part.removed ? 'removed' : 'unchanged',
      value: part.value,
    }));
    changes.push({ field, label: LABELS[field] ?? field, parts });
  }
  return changes;
}

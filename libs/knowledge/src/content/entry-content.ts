import type { ArticleKind } from '../persistence/knowledge-kind';

/** Eligibility as data (issue 12): every field optional, official territory codes. */
export interface Eligibility {
  readonly minAge?: number;
  readonly maxAge?: number;
  readonly statuses?: readonly string[];
  readonly territory?: {
    readonly regions?: readonly string[];
    readonly departements?: readonly string[];
    readonly epcis?: readonly string[];
    readonly communes?: readonly string[];
  };
  readonly maxFamilyQuotient?: number;
  readonly maxIncome?: number;
}

/** A scheme as saved in a revision (the import format's fields; HTML already sanitised). */
export interface SchemeContent {
  readonly kind: 'scheme';
  readonly slug: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly theme: string;
  readonly summary: string;
  readonly body: string;
  readonly audiences: readonly string[];
  readonly tags: readonly string[];
  readonly eligibility: Eligibility;
  readonly amounts: string | null;
  readonly opensOn: string | null;
  readonly closesOn: string | null;
  readonly requiredDocuments: readonly string[];
  readonly applyUrl: string | null;
  readonly applyChannel: string | null;
  readonly responsibleService: string | null;
  readonly referentInstructorEmail: string | null;
  readonly mailboxId: string | null;
}

/** An FAQ entry, an approved phrasing or an antenna page. */
export interface ArticleContent {
  readonly kind: `${ArticleKind}`;
  readonly slug: string;
  readonly title: string;
  readonly body: string;
  readonly schemeSlug: string | null;
  readonly antennaId: string | null;
  readonly tags: readonly string[];
  readonly situation: string | null;
}

export type EntryContent = SchemeContent | ArticleContent;

export function isScheme(content: EntryContent): content is SchemeContent {
  return content.kind === 'scheme';
}

const TOKEN = /\[\s*(HDF-\d{4}-\d{6,})\s*\]|\b(HDF-\d{4}-\d{6,})\b/i;

/** The request reference a subject carries (`Re: … [HDF-2026-000123]`), upper-cased. */
export function referenceInSubject(subject: string): string | null {
  const match = TOKEN.exec(subject);
  const token = match?.[1] ?? match?.[2];
  return token ? token.toUpperCase() : null;
}

/** The subject with the reference once, at the end, where mail clients keep it on reply. */
export function withReference(subject: string, reference: string): string {
  const clean = subject.trim() || 'Votre demande';
  return referenceInSubject(clean) === reference ? clean : `${clean} [${reference}]`;
}

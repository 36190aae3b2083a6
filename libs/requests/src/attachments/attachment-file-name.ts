import { extensionOf } from './accepted-media-type';

// C0 and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and isolates that
// can make `facture‮fdp.exe` read as `facture.exe.pdf`.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const MAX_LENGTH = 255;

/**
 * The name an attachment is stored and served under: the last path segment of what the browser
 * sent, without control or bidi characters, its extension replaced by the one of the detected type
 * (`../../etc/courrier.bat` holding a PDF becomes `courrier.pdf`).
 */
export function safeFileName(claimed: string, mediaType: string): string {
  const extension = `.${extensionOf(mediaType)}`;
  const segments = claimed.normalize('NFC').replace(UNSAFE, '').split(/[/\\]/);
  const last = (segments.pop() ?? '').trim();
  const dot = last.lastIndexOf('.');
  const stem = (dot > 0 ? last.slice(0, dot) : last).replace(/^[.\s]+/, '').trim();
  return `${[...(stem || 'document')].slice(0, MAX_LENGTH - extension.length).join('')}${extension}`;
}

/**
 * `Content-Disposition: attachment` with an ASCII fallback and the exact UTF-8 name (RFC 6266 and
 * RFC 5987): browsers save the file, never render it inline.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]|["\\%]/g, (character) => (/\p{M}/u.test(character) ? '' : '_'));
  const encoded = encodeURIComponent(fileName).replace(
    /['()*!]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

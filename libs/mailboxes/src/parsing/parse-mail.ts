import { AddressObject, simpleParser } from 'mailparser';
import type { InboundAttachment, InboundMail, MailAddress } from './inbound-mail';

/**
 * The only file that imports mailparser: charsets (ISO-8859-1, windows-1252, UTF-8…), transfer
 * encodings and RFC 2047 words are decoded here, once.
 */
export async function parseMail(raw: Buffer): Promise<InboundMail> {
  const parsed = await simpleParser(raw, {
    skipImageLinks: true,
    skipTextToHtml: true,
    skipTextLinks: true,
    maxHtmlLengthToParse: 2_000_000,
  });
  const headers = new Map<string, string>();
  for (const [name, value] of parsed.headers)
    headers.set(name.toLowerCase(), noNul(headerText(value)));
  const from = firstAddress(parsed.from);
  const contentType =
    headers.get('content-type')?.split(';')[0].trim().toLowerCase() ?? 'text/plain';
  return {
    messageId: cleanId(parsed.messageId),
    from,
    to: [...addresses(parsed.to), ...addresses(parsed.cc)],
    subject: noNul(parsed.subject ?? '')
      .replace(/\s+/g, ' ')
      .trim(),
    date: parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : null,
    rawDate:
      parsed.headerLines
        .find((line) => line.key === 'date')
        ?.line.replace(/^date:\s*/i, '')
        .trim() ?? '',
    inReplyTo: cleanId(parsed.inReplyTo),
    references: (Array.isArray(parsed.references)
      ? parsed.references
      : parsed.references
        ? parsed.references.split(/\s+/)
        : []
    )
      .map(cleanId)
      .filter((id): id is string => id !== null),
    text: noNul(parsed.text ?? ''),
    html: typeof parsed.html === 'string' ? noNul(parsed.html) : null,
    headers,
    contentType,
    attachments: parsed.attachments.map((attachment): InboundAttachment => ({
      fileName: noNul(attachment.filename ?? '') || 'piece-jointe',
      contentType: attachment.contentType,
      content: attachment.content,
      inline: attachment.related === true || attachment.contentDisposition === 'inline',
    })),
  };
}

function headerText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(headerText).join(', ');
  if (value && typeof value === 'object') {
    const object = value as { text?: unknown; value?: unknown };
    if (typeof object.text === 'string') return object.text;
    if (typeof object.value === 'string') return object.value;
  }
  return '';
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list
    .flatMap((object) => object.value)
    .flatMap((entry) => (entry.group ? entry.group : [entry]))
    .map((entry) => (entry.address ? noNul(entry.address).trim().toLowerCase() : undefined))
    .filter((address): address is string => !!address);
}

function firstAddress(field: AddressObject | AddressObject[] | undefined): MailAddress | null {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  const entry = list.flatMap((object) => object.value).find((value) => value.address);
  if (!entry?.address) return null;
  return {
    address: noNul(entry.address).trim().toLowerCase(),
    name: noNul(entry.name ?? '').trim(),
  };
}

/** PostgreSQL text cannot hold U+0000, which broken mail does contain. */
function noNul(text: string): string {
  return text.replace(/\u0000/g, '');
}

/** Message-IDs compared as `<local@domain>`, whatever spacing or brackets the sender used. */
export function cleanId(value: string | undefined | null): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  const inner = noNul(trimmed).replace(/^<+/, '').replace(/>+$/, '').trim();
  return inner ? `<${inner.slice(0, 990)}>` : null;
}

import { randomUUID } from 'node:crypto';

export interface TestMailInput {
  readonly from?: string;
  readonly to?: string;
  readonly subject?: string;
  readonly body?: string;
  /** null: no Message-ID header at all. */
  readonly messageId?: string | null;
  readonly inReplyTo?: string;
  readonly references?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly date?: string;
}

/** A plain UTF-8 message as a mail client would send it (CRLF, quoted-printable body). */
export function testMail(input: TestMailInput = {}): string {
  const messageId =
    input.messageId === undefined ? `<${randomUUID()}@usager.test>` : input.messageId;
  const lines = [
    `From: ${input.from ?? 'Jeanne Lefèvre <jeanne.lefevre@usager.test>'}`,
    `To: ${input.to ?? 'contact@region.test'}`,
    `Subject: ${encodeWord(input.subject ?? 'Demande d’aide au permis')}`,
    `Date: ${input.date ?? new Date().toUTCString()}`,
    ...(messageId ? [`Message-ID: ${messageId}`] : []),
    ...(input.inReplyTo ? [`In-Reply-To: ${input.inReplyTo}`] : []),
    ...(input.references ? [`References: ${input.references}`] : []),
    ...Object.entries(input.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(input.body ?? 'Bonjour,\nje souhaite une aide.\nJeanne, 80100 Abbeville').toString(
      'base64',
    ),
    '',
  ];
  return lines.join('\r\n');
}

function encodeWord(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;
}

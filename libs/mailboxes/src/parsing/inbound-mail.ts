export interface MailAddress {
  readonly address: string;
  readonly name: string;
}

export interface InboundAttachment {
  readonly fileName: string;
  readonly contentType: string;
  readonly content: Buffer;
  /** An inline part of multipart/related (a logo in the signature), not a document. */
  readonly inline: boolean;
}

/** What the pipeline reads from a message, every header and body already decoded to Unicode. */
export interface InboundMail {
  readonly messageId: string | null;
  readonly from: MailAddress | null;
  readonly to: readonly string[];
  readonly subject: string;
  readonly date: Date | null;
  /** The Date header as written (mailparser replaces an unreadable one with the current time). */
  readonly rawDate: string;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
  readonly text: string;
  readonly html: string | null;
  /** Lower-case header names to their decoded text values. */
  readonly headers: ReadonlyMap<string, string>;
  /** The top-level content type (`multipart/report` for delivery reports). */
  readonly contentType: string;
  readonly attachments: readonly InboundAttachment[];
}

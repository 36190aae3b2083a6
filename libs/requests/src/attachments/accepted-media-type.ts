/**
 * The document types a request accepts, recognised by their first bytes rather than by what the
 * browser claims: a renamed executable is refused whatever its extension.
 */
const SIGNATURES: {
  mediaType: string;
  extension: string;
  matches: (head: Buffer) => boolean;
}[] = [
  {
    mediaType: 'application/pdf',
    extension: 'pdf',
    matches: (head) => head.subarray(0, 5).toString('latin1') === '%PDF-',
  },
  {
    mediaType: 'image/png',
    extension: 'png',
    matches: (head) =>
      head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    mediaType: 'image/jpeg',
    extension: 'jpg',
    matches: (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff,
  },
  {
    mediaType: 'image/tiff',
    extension: 'tif',
    matches: (head) => ['II*\u0000', 'MM\u0000*'].includes(head.subarray(0, 4).toString('latin1')),
  },
];

export const ACCEPTED_MEDIA_TYPES = SIGNATURES.map((signature) => signature.mediaType);

export function detectMediaType(content: Buffer): string | undefined {
  return SIGNATURES.find((signature) => signature.matches(content))?.mediaType;
}

/** The extension a stored file gets from its detected type, whatever the uploaded name claimed. */
export function extensionOf(mediaType: string): string {
  return SIGNATURES.find((signature) => signature.mediaType === mediaType)?.extension ?? 'bin';
}

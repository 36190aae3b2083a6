/**
 * Attachments refused by what they are, not what they are called: executables and scripts a
 * click would run. A renamed `facture.pdf.exe` or `photo.jpg` that is really a PE file is caught.
 */
const SIGNATURES: { name: string; matches: (head: Buffer) => boolean }[] = [
  {
    name: 'exécutable Windows (PE)',
    matches: (head) => head.subarray(0, 2).toString('latin1') === 'MZ',
  },
  {
    name: 'exécutable ELF',
    matches: (head) => head.subarray(0, 4).equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46])),
  },
  {
    name: 'exécutable Mach-O',
    matches: (head) =>
      [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(
        head.length >= 4 ? head.readUInt32BE(0) : 0,
      ),
  },
  { name: 'script (#!)', matches: (head) => head.subarray(0, 2).toString('latin1') === '#!' },
  {
    name: 'application HTML (HTA)',
    matches: (head) => /<hta:application/i.test(head.toString('latin1')),
  },
  {
    name: 'script Windows',
    matches: (head) =>
      /^\s*(@echo off|wscript\.|createobject\(|powershell(\.exe)?\s+-)/i.test(
        head.toString('latin1'),
      ),
  },
];

export function dangerousContent(content: Buffer): string | null {
  const head = content.subarray(0, 512);
  return SIGNATURES.find((signature) => signature.matches(head))?.name ?? null;
}

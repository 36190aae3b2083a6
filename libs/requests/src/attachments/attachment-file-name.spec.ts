import { attachmentDisposition, safeFileName } from './attachment-file-name';

describe('safeFileName', () => {
  it('keeps the last path segment and forces the extension of the detected type', () => {
    expect(safeFileName('../../etc/courrier.bat', 'application/pdf')).toBe('courrier.pdf');
    expect(safeFileName('C:\\Users\\scan.PDF.exe', 'image/jpeg')).toBe('scan.PDF.jpg');
    expect(safeFileName('photo', 'image/png')).toBe('photo.png');
    expect(safeFileName('.htaccess', 'image/tiff')).toBe('htaccess.tif');
    expect(safeFileName('../', 'application/pdf')).toBe('document.pdf');
  });

  it('drops control and bidi characters and keeps accents', () => {
    expect(safeFileName('facture\u202Efdp.exe', 'application/pdf')).toBe('facturefdp.pdf');
    expect(safeFileName('a\u0000b\u0007c\u2066d\u200f.pdf', 'application/pdf')).toBe('abcd.pdf');
    expect(safeFileName('relevé.pdf', 'application/pdf')).toBe('relevé.pdf');
    expect(safeFileName('releve\u0301.pdf', 'application/pdf')).toBe('relevé.pdf');
  });

  it('fits the column, extension included', () => {
    const name = safeFileName(`${'é'.repeat(400)}.pdf`, 'application/pdf');
    expect([...name]).toHaveLength(255);
    expect(name.endsWith('é.pdf')).toBe(true);
  });
});

describe('attachmentDisposition', () => {
  it('offers an ASCII fallback and the exact UTF-8 name (RFC 5987)', () => {
    expect(attachmentDisposition("relevé (1)'s.pdf")).toBe(
      `attachment; filename="releve (1)'s.pdf"; filename*=UTF-8''relev%C3%A9%20%281%29%27s.pdf`,
    );
    expect(attachmentDisposition('a"b\\c%.pdf')).toBe(
      `attachment; filename="a_b_c_.pdf"; filename*=UTF-8''a%22b%5Cc%25.pdf`,
    );
  });
});

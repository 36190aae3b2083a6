import { detectMediaType } from './accepted-media-type';

describe('detectMediaType', () => {
  it('recognises PDF, PNG, JPEG and TIFF by their first bytes', () => {
    expect(detectMediaType(Buffer.from('%PDF-1.7\n...'))).toBe('application/pdf');
    expect(detectMediaType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'image/png',
    );
    expect(detectMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(detectMediaType(Buffer.from('II*\u0000rest', 'latin1'))).toBe('image/tiff');
  });

  it('refuses anything else, whatever its name says', () => {
    expect(detectMediaType(Buffer.from('MZ\x90\x00 executable'))).toBeUndefined();
    expect(detectMediaType(Buffer.from('<html>'))).toBeUndefined();
    expect(detectMediaType(Buffer.alloc(0))).toBeUndefined();
  });
});

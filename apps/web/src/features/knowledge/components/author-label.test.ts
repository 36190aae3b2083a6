import { describe, expect, it } from '@jest/globals';
import { authorLabel } from './author-label';

describe('authorLabel', () => {
  const me = 'b1d3c1f0-0000-4000-8000-000000000001';
  const colleague = 'b1d3c1f0-0000-4000-8000-000000000002';

  it('names a colleague by their display name, not generically', () => {
    expect(authorLabel({ userId: colleague, name: 'Paul Lefebvre' }, me)).toBe('Paul Lefebvre');
  });

  it('marks the signed-in member’s own name', () => {
    expect(authorLabel({ userId: me, name: 'Inès Carpentier' }, me)).toBe('Inès Carpentier (vous)');
  });

  it('says "Import" for imported content and names an account no longer known', () => {
    expect(authorLabel({ userId: null, name: null }, me)).toBe('Import');
    expect(authorLabel({ userId: colleague, name: null }, me)).toBe('Compte inconnu');
  });
});

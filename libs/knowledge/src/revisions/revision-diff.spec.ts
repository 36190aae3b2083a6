import type { ArticleContent } from '../content/entry-content';
import { diffContents } from './revision-diff';

const BASE: ArticleContent = {
  kind: 'phrasing',
  slug: 'bourse-refus',
  title: 'Refus de bourse',
  body: '<p>Votre demande a été <strong>refusée</strong> car le dossier est incomplet.</p>',
  schemeSlug: 'bourse-etudiant',
  antennaId: null,
  tags: ['bourse', 'refus'],
  situation: null,
};

describe('revision diff', () => {
  it('shows a word-level change in the body as plain text', () => {
    const diff = diffContents(BASE, {
      ...BASE,
      body: '<p>Votre demande a été <strong>ajournée</strong> car le dossier est incomplet.</p>',
    });
    expect(diff).toEqual([
      {
        field: 'body',
        label: 'Contenu',
        parts: [
          { type: 'unchanged', value: 'Votre demande a été ' },
          { type: 'removed', value: 'refusée' },
          { type: 'added', value: 'ajournée' },
          { type: 'unchanged', value: ' car le dossier est incomplet.' },
        ],
      },
    ]);
  });

  it('compares lists item by item and leaves unchanged fields out', () => {
    const diff = diffContents(BASE, { ...BASE, tags: ['bourse', 'rejet'] });
    expect(diff.map((field) => field.field)).toEqual(['tags']);
    expect(diff[0].parts).toEqual([
      { type: 'unchanged', value: 'bourse\n' },
      { type: 'removed', value: 'refus\n' },
      { type: 'added', value: 'rejet\n' },
    ]);
  });

  it('finds nothing between a revision and itself', () => {
    expect(diffContents(BASE, BASE)).toEqual([]);
  });
});

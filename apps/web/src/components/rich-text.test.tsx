import { describe, expect, it } from '@jest/globals';
import { render } from '@testing-library/react';
import { plainText, RichText } from './rich-text';
import { phrasingBlocks } from './phrasing-text';

describe('RichText', () => {
  it('keeps the simple formatting of the knowledge base', () => {
    const { container } = render(
      <RichText html="<p>Pour <strong>qui</strong> ?</p><ul><li>Étudiants</li></ul>" />,
    );
    expect(container.innerHTML).toBe(
      '<div><p>Pour <strong>qui</strong> ?</p><ul><li>Étudiants</li></ul></div>',
    );
  });

  it('drops scripts, handlers, styles and unsafe links of hostile HTML, keeping the text', () => {
    const { container } = render(
      <RichText
        html={
          '<p onclick="alert(1)" style="color:red">Texte<script>alert(1)</script></p>' +
          '<img src=x onerror="alert(1)"><a href="javascript:alert(1)">lien</a>' +
          '<a href="https://www.hautsdefrance.fr/" onmouseover="x()">site</a><iframe src="https://x"></iframe>'
        }
      />,
    );
    expect(container.innerHTML).toBe(
      '<div><p>Texte</p>lien<a href="https://www.hautsdefrance.fr/" target="_blank" rel="noopener noreferrer">site</a></div>',
    );
  });

  it('gives the text a reader sees, block by block', () => {
    expect(plainText('<p>Un</p><ul><li>deux</li><li>trois</li></ul>')).toBe('Un\ndeux\ntrois');
  });
});

describe('phrasingBlocks', () => {
  it('cuts a phrasing into the sentences to say, under their situation, without the quotes', () => {
    const html =
      '<p><strong>Premier contact</strong></p><p>« La Région propose une bourse. »</p>' +
      '<p><strong>Pièce manquante</strong></p><p>« Il manque le RIB. »</p><p>Dernière phrase.</p>';
    expect(phrasingBlocks(html)).toEqual([
      { situation: 'Premier contact', text: 'La Région propose une bourse.' },
      { situation: 'Pièce manquante', text: 'Il manque le RIB.' },
      { situation: 'Pièce manquante', text: 'Dernière phrase.' },
    ]);
  });
});

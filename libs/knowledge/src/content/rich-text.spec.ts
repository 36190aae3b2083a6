import { plainField, plainTextOf, sanitiseRichText } from './rich-text';

describe('rich text', () => {
  it('strips scripts, handlers, frames, images, styles and javascript links from hostile HTML', () => {
    const hostile =
      '<p onclick="steal()">Bonjour <b>à tous</b></p><script>alert(1)</script>' +
      '<img src=x onerror=alert(2)><iframe src="https://evil.example"></iframe>' +
      '<a href="javascript:alert(3)">piège</a><a href="https://region.example/aide" target="_blank">aide</a>' +
      '<style>body{display:none}</style><svg onload=alert(4)></svg><form action="/x"><input></form>';
    const clean = sanitiseRichText(hostile);
    expect(clean).toBe(
      '<p>Bonjour <b>à tous</b></p><a rel="noopener noreferrer">piège</a>' +
        '<a href="https://region.example/aide" rel="noopener noreferrer">aide</a>',
    );
  });

  it('is stable: sanitising twice (save, then render) changes nothing more', () => {
    const once = sanitiseRichText(
      '<p>Délai : <em>3 semaines</em> &amp; plus</p><ul><li>RIB</li></ul>',
    );
    expect(sanitiseRichText(once)).toBe(once);
  });

  it('gives escaped plain text for snippets and decoded text for titles', () => {
    expect(plainTextOf('<p>a &lt; b</p><p>c</p>')).toBe('a &lt; b c');
    expect(plainField('<b>Aide</b> & <i>co</i>')).toBe('Aide & co');
  });
});

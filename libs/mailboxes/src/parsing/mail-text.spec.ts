import { dangerousContent } from './dangerous-content';
import { splitQuotedHistory } from './quoted-history';
import { referenceInSubject, withReference } from './reference-token';
import { sanitiseMailHtml } from './sanitise-html';

describe('the reference token', () => {
  it('is read from a subject in brackets or bare, whatever the case', () => {
    expect(referenceInSubject('Re: Votre demande [HDF-2026-000123]')).toBe('HDF-2026-000123');
    expect(referenceInSubject('TR: hdf-2026-000123 suite')).toBe('HDF-2026-000123');
    expect(referenceInSubject('Demande HDF-26-12')).toBeNull();
  });

  it('is added once to a reply’s subject', () => {
    expect(withReference('Re: Aide', 'HDF-2026-000001')).toBe('Re: Aide [HDF-2026-000001]');
    expect(withReference('Re: Aide [HDF-2026-000001]', 'HDF-2026-000001')).toBe(
      'Re: Aide [HDF-2026-000001]',
    );
  });
});

describe('quoted history', () => {
  it('folds what follows a French or English attribution line', () => {
    const text = 'Merci !\n\nLe 3 nov. 2026 à 10:00, Région a écrit :\n> Bonjour';
    expect(splitQuotedHistory(text)).toEqual({
      latest: 'Merci !',
      quoted: 'Le 3 nov. 2026 à 10:00, Région a écrit :\n> Bonjour',
    });
    expect(splitQuotedHistory('Thanks\nOn Mon, Nov 3, 2026, Region wrote:\n> Hi').latest).toBe(
      'Thanks',
    );
  });

  it('keeps a message without history whole', () => {
    expect(splitQuotedHistory('Bonjour\n> une citation au milieu\nsuite')).toEqual({
      latest: 'Bonjour\n> une citation au milieu\nsuite',
      quoted: '',
    });
  });
});

describe('dangerous attachments', () => {
  it('are recognised by their content, not their name', () => {
    expect(dangerousContent(Buffer.from('MZ\x90\x00', 'latin1'))).toMatch(/PE/);
    expect(dangerousContent(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2]))).toMatch(/ELF/);
    expect(dangerousContent(Buffer.from('#!/bin/sh\nrm -rf /'))).toMatch(/script/);
    expect(dangerousContent(Buffer.from('%PDF-1.4'))).toBeNull();
  });
});

describe('HTML for display', () => {
  it('drops scripts, handlers and remote images, keeps formatting and inline images', () => {
    const clean = sanitiseMailHtml(
      '<p onclick="x()">Bonjour <b>Élodie</b></p><script>alert(1)</script><img src="https://t.example/p.gif"><img src="cid:logo"><a href="javascript:alert(1)">lien</a>',
    );
    expect(clean).toContain('<b>Élodie</b>');
    expect(clean).toContain('src="cid:logo"');
    expect(clean).not.toMatch(/onclick|script|t\.example|javascript/);
  });

  it('keeps https images only when the agent asks for them', () => {
    const html = '<img src="https://t.example/p.gif"><img src="http://t.example/q.gif">';
    expect(sanitiseMailHtml(html, { remoteImages: true })).toContain('https://t.example/p.gif');
    expect(sanitiseMailHtml(html, { remoteImages: true })).not.toContain('http://t.example/q.gif');
  });
});

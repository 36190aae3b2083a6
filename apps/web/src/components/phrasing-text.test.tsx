import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PhrasingText } from './phrasing-text';

const HTML =
  '<p><strong>Premier contact</strong></p><p>« La Région propose une bourse aux étudiants. »</p>' +
  '<p><strong>Refus</strong></p><p>« Votre quotient familial dépasse le plafond. »</p>';

describe('PhrasingText', () => {
  it('copies one sentence in one click, says so, and reports the copy', async () => {
    const user = userEvent.setup();
    const writeText = jest.spyOn(navigator.clipboard, 'writeText');
    const onCopied = jest.fn();
    render(<PhrasingText html={HTML} onCopied={onCopied} />);
    expect(screen.getByText('Premier contact')).toBeTruthy();
    await user.click(
      screen.getByRole('button', {
        name: 'Copier « Votre quotient familial dépasse le plafond. »',
      }),
    );
    expect(writeText).toHaveBeenCalledWith('Votre quotient familial dépasse le plafond.');
    expect(await navigator.clipboard.readText()).toBe(
      'Votre quotient familial dépasse le plafond.',
    );
    expect(onCopied).toHaveBeenCalledWith('Votre quotient familial dépasse le plafond.');
    expect(screen.getByText('Texte copié dans le presse-papiers.')).toBeTruthy();
  });

  it('says when the clipboard refuses, and records nothing', async () => {
    const user = userEvent.setup();
    jest.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
    const onCopied = jest.fn();
    render(<PhrasingText html={HTML} onCopied={onCopied} />);
    await user.click(screen.getAllByRole('button')[0]!);
    expect(await screen.findByText(/La copie a échoué/)).toBeTruthy();
    expect(onCopied).not.toHaveBeenCalled();
  });
});

import { describe, expect, it } from '@jest/globals';
import { render } from '@testing-library/react';
import { HighlightedSnippet } from './highlighted-snippet';

describe('HighlightedSnippet', () => {
  it('marks the matches and never injects the rest as HTML', () => {
    const { container } = render(
      <p>
        <HighlightedSnippet
          snippet={'La <b>bourse</b> des <mark>étudiants</mark> <img src=x onerror="alert(1)">'}
        />
      </p>,
    );
    expect(container.innerHTML).toBe('<p>La <mark>bourse</mark> des <mark>étudiants</mark> </p>');
  });
});

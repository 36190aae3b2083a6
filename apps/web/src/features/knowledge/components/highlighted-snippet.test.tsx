import { describe, expect, it } from '@jest/globals';
import { render } from '@testing-library/react';
import { HighlightedSnippet } from './highlighted-snippet';

describe('HighlightedSnippet', () => {
  it('marks the matches and never injects the rest as HTML', () => {
    const { container } = render(
      <p>
        <HighlightedSnippet
          snippet={
            'L&#39;aide &amp; la <mark>bourse</mark> des <mark>étudiants</mark> &lt;b&gt; <img src=x onerror="alert(1)">'
          }
        />
      </p>,
    );
    expect(container.innerHTML).toBe(
      "<p>L'aide &amp; la <mark>bourse</mark> des <mark>étudiants</mark> &lt;b&gt; </p>",
    );
  });
});

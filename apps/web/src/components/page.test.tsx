import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Page } from './page';

describe('Page', () => {
  it('names the document after the screen and gives it its only h1', () => {
    render(
      <MemoryRouter>
        <Page title="Bureau">contenu</Page>
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bureau');
    expect(document.title).toBe('Bureau — GRU — Relation usagers');
  });
});

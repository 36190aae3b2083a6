import { describe, expect, it } from '@jest/globals';
import { render, screen, waitFor } from '@testing-library/react';
import { Chart } from './chart';

describe('Chart', () => {
  it('loads ECharts on first use and draws the option in SVG inside a labelled image', async () => {
    render(
      <Chart
        label="Contacts par canal"
        height={200}
        option={{
          xAxis: { type: 'category', data: ['Téléphone', 'Courriel'] },
          yAxis: { type: 'value' },
          series: [{ type: 'bar', name: 'Contacts', data: [12, 5] }],
        }}
      />,
    );
    const image = screen.getByRole('img', {
      name: 'Graphique : Contacts par canal. Les chiffres sont dans le tableau qui suit.',
    });
    await waitFor(() => expect(image.querySelector('svg')?.textContent).toContain('Téléphone'), {
      timeout: 5000,
    });
    expect(image.querySelectorAll('svg path').length).toBeGreaterThan(2);
  });
});

import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { AntennaMap } from './antenna-map';
import regionMap from './hauts-de-france.map.json';
import type { RegionMap } from './region-map';

const map = regionMap as unknown as RegionMap;

describe('AntennaMap', () => {
  it('draws the five departments and a bubble per antenna at its seat, larger for more contacts', () => {
    const { container } = render(
      <AntennaMap
        map={map}
        title="Carte des contacts par antenne"
        bubbles={[
          { key: 'amiens', label: "Antenne d'Amiens", count: 400, inseeTown: '80021' },
          { key: 'arras', label: "Antenne d'Arras", count: 100, inseeTown: '62041' },
          { key: 'laon', label: 'Antenne de Laon', count: 0, inseeTown: '02408' },
        ]}
      />,
    );
    expect(screen.getByRole('img', { name: 'Carte des contacts par antenne' })).toBeTruthy();
    expect(container.querySelectorAll('path')).toHaveLength(5);
    const amiens = container.querySelector('circle[data-antenna="amiens"]');
    const arras = container.querySelector('circle[data-antenna="arras"]');
    expect(Number(amiens?.getAttribute('r'))).toBe(2 * Number(arras?.getAttribute('r')));
    expect(container.querySelector('circle[data-antenna="laon"]')).toBeNull();
    expect(amiens?.textContent).toBe("Antenne d'Amiens : 400 contacts");
    // Arras lies north-east of Amiens: right of it and higher on the map.
    expect(Number(arras?.getAttribute('cx'))).toBeGreaterThan(Number(amiens?.getAttribute('cx')));
    expect(Number(arras?.getAttribute('cy'))).toBeLessThan(Number(amiens?.getAttribute('cy')));
  });

  it('names what it cannot place instead of inventing a position', () => {
    render(
      <AntennaMap
        map={map}
        title="Carte"
        bubbles={[{ key: 'none', label: 'Sans antenne', count: 12, inseeTown: undefined }]}
      />,
    );
    expect(screen.getByText(/Hors carte : Sans antenne\./)).toBeTruthy();
  });
});

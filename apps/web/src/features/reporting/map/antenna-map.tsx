import { useMemo } from 'react';
import { reporting } from '../../../content/reporting';
import { pathOf, projectionFor, radiusOf, type RegionMap } from './region-map';

export interface MapBubble {
  readonly key: string;
  readonly label: string;
  readonly count: number;
  /** INSEE code of the antenna's seat; unknown seats are not drawn (the table lists them). */
  readonly inseeTown: string | undefined;
}

interface AntennaMapProps {
  readonly map: RegionMap;
  readonly bubbles: readonly MapBubble[];
  readonly title: string;
}

const WIDTH = 560;
const MAX_RADIUS = 28;
const copy = reporting.map;

/**
 * The region's departments and one bubble per antenna at its seat, its area proportional to the
 * contacts. Drawn in plain SVG: a handful of shapes need no map engine, and it prints and zooms.
 */
export function AntennaMap({ map, bubbles, title }: AntennaMapProps) {
  const projection = useMemo(() => projectionFor(map, WIDTH), [map]);
  const outlines = useMemo(
    () =>
      map.departements.map((departement) => ({
        code: departement.code,
        name: departement.name,
        path: pathOf(departement.rings, projection),
      })),
    [map, projection],
  );
  const largest = Math.max(0, ...bubbles.map((bubble) => bubble.count));
  const placed = bubbles
    .flatMap((bubble) => {
      const centre = bubble.inseeTown ? map.communeCentres[bubble.inseeTown] : undefined;
      if (centre === undefined || bubble.count <= 0) return [];
      const [x, y] = projection.point(centre);
      return [{ ...bubble, x, y, radius: radiusOf(bubble.count, largest, MAX_RADIUS) }];
    })
    // Small bubbles last, so they stay on top of the large ones they overlap.
    .sort((a, b) => b.radius - a.radius);
  const unplaced = bubbles.filter(
    (bubble) => bubble.count > 0 && !placed.some((shown) => shown.key === bubble.key),
  );

  return (
    <figure className="fr-mb-3w" data-testid="antenna-map">
      <svg
        role="img"
        aria-label={title}
        viewBox={`0 0 ${projection.width} ${projection.height}`}
        style={{ width: '100%', maxWidth: WIDTH, height: 'auto' }}
      >
        {outlines.map((outline) => (
          <path
            key={outline.code}
            d={outline.path}
            fill="var(--background-alt-blue-france, #f5f5fe)"
            stroke="var(--border-default-grey, #929292)"
            strokeWidth={1}
          >
            <title>{outline.name}</title>
          </path>
        ))}
        {placed.map((bubble) => (
          <circle
            key={bubble.key}
            data-antenna={bubble.key}
            cx={bubble.x}
            cy={bubble.y}
            r={bubble.radius}
            fill="#000091"
            fillOpacity={0.55}
            stroke="#ffffff"
            strokeWidth={1}
          >
            <title>{copy.bubble(bubble.label, bubble.count)}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="fr-text--sm fr-mt-1w">
        {copy.caption}
        {unplaced.length > 0 && ` ${copy.unplaced(unplaced.map((bubble) => bubble.label))}`}{' '}
        {copy.source}
      </figcaption>
    </figure>
  );
}

/** The region's map data (built by tools/map-data from IGN's contours) and how it is drawn. */
export type LonLat = readonly [number, number];

export interface RegionMap {
  readonly source: string;
  readonly departements: readonly {
    readonly code: string;
    readonly name: string;
    readonly rings: readonly (readonly LonLat[])[];
  }[];
  /** Centre of each commune by INSEE code, where an antenna's seat is drawn. */
  readonly communeCentres: Readonly<Record<string, LonLat>>;
}

export interface Projection {
  readonly width: number;
  readonly height: number;
  readonly point: (position: LonLat) => readonly [number, number];
}

/**
 * An equirectangular projection shrunk by the cosine of the middle latitude: over a region 2.5°
 * high it keeps shapes within a percent or two of a conformal one, which is all a bubble map needs.
 */
export function projectionFor(map: RegionMap, width: number, margin = 8): Projection {
  const points = map.departements.flatMap((departement) => departement.rings.flat());
  const longitudes = points.map(([longitude]) => longitude);
  const latitudes = points.map(([, latitude]) => latitude);
  const [west, east] = [Math.min(...longitudes), Math.max(...longitudes)];
  const [south, north] = [Math.min(...latitudes), Math.max(...latitudes)];
  const shrink = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = (width - 2 * margin) / ((east - west) * shrink);
  const height = Math.ceil((north - south) * scale + 2 * margin);
  return {
    width,
    height,
    point: ([longitude, latitude]) => [
      round(margin + (longitude - west) * shrink * scale),
      round(margin + (north - latitude) * scale),
    ],
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** An SVG path through the rings, each closed. */
export function pathOf(rings: readonly (readonly LonLat[])[], projection: Projection): string {
  return rings
    .map((ring) => `M${ring.map((position) => projection.point(position).join(',')).join('L')}Z`)
    .join('');
}

/** Bubble radius: the area, not the radius, grows with the figure, so big values do not shout. */
export function radiusOf(value: number, largest: number, maxRadius: number): number {
  if (value <= 0 || largest <= 0) return 0;
  return round(Math.max(2, maxRadius * Math.sqrt(value / largest)));
}

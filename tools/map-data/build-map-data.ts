/**
 * Builds the dashboard's map of the region from IGN's official contours (GEOFLA, Licence Ouverte),
 * as published in GeoJSON by github.com/gregoiredavid/france-geojson (regions/hauts-de-france/):
 *
 *   npx ts-node tools/map-data/build-map-data.ts <departements.geojson> <communes.geojson> [out.json]
 *
 * Keeps what a 600-pixel map needs: the departments' outlines thinned to about a kilometre, and
 * each commune's centre (the centroid of its largest polygon) to place an antenna at its seat.
 * The output is committed; the web app imports it, so nothing is fetched at runtime.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Position = [number, number];
type Ring = Position[];
type Polygon = Ring[];

interface Feature {
  readonly properties: { readonly code: string; readonly nom: string };
  readonly geometry:
    | { readonly type: 'Polygon'; readonly coordinates: Polygon }
    | { readonly type: 'MultiPolygon'; readonly coordinates: Polygon[] };
}

const DEFAULT_OUTPUT = resolve(
  __dirname,
  '../../apps/web/src/features/reporting/map/hauts-de-france.map.json',
);
/** About a kilometre: under a pixel at the size the dashboard draws the region. */
const MIN_STEP_DEGREES = 0.008;
const DECIMALS = 3;

function polygonsOf(feature: Feature): Polygon[] {
  return feature.geometry.type === 'Polygon'
    ? [feature.geometry.coordinates]
    : feature.geometry.coordinates;
}

function signedArea(ring: Ring): number {
  let area = 0;
  for (let index = 0; index < ring.length - 1; index += 1) {
    const [x1, y1] = ring[index];
    const [x2, y2] = ring[index + 1];
    area += x1 * y2 - x2 * y1;
  }
  return area / 2;
}

function centroid(ring: Ring): Position {
  const area = signedArea(ring);
  let x = 0;
  let y = 0;
  for (let index = 0; index < ring.length - 1; index += 1) {
    const [x1, y1] = ring[index];
    const [x2, y2] = ring[index + 1];
    const cross = x1 * y2 - x2 * y1;
    x += (x1 + x2) * cross;
    y += (y1 + y2) * cross;
  }
  return [x / (6 * area), y / (6 * area)];
}

const round = (value: number) => Number(value.toFixed(DECIMALS));

/** Drops the points closer than the step to the last one kept; the ring stays closed. */
function thin(ring: Ring): Ring {
  const kept: Ring = [ring[0]];
  for (const point of ring.slice(1, -1)) {
    const last = kept[kept.length - 1];
    if (Math.hypot(point[0] - last[0], point[1] - last[1]) >= MIN_STEP_DEGREES) kept.push(point);
  }
  kept.push(ring[ring.length - 1]);
  return kept.map(([x, y]) => [round(x), round(y)]);
}

function largestOuterRing(feature: Feature): Ring {
  return polygonsOf(feature)
    .map((polygon) => polygon[0])
    .reduce((largest, ring) =>
      Math.abs(signedArea(ring)) > Math.abs(signedArea(largest)) ? ring : largest,
    );
}

function read(path: string): Feature[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { features: Feature[] }).features;
}

function main([departementsFile, communesFile, output = DEFAULT_OUTPUT]: string[]): void {
  if (!departementsFile || !communesFile) {
    throw new Error('usage: build-map-data.ts <departements.geojson> <communes.geojson> [out]');
  }
  const departements = read(departementsFile)
    .map((feature) => ({
      code: feature.properties.code,
      name: feature.properties.nom,
      // Islands of a few hectares vanish at this scale; the outer rings are what is drawn.
      rings: polygonsOf(feature)
        .map((polygon) => thin(polygon[0]))
        .filter((ring) => ring.length >= 4),
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const communeCentres: Record<string, Position> = {};
  const communes = read(communesFile).sort((a, b) =>
    a.properties.code.localeCompare(b.properties.code),
  );
  for (const commune of communes) {
    const [x, y] = centroid(largestOuterRing(commune));
    communeCentres[commune.properties.code] = [round(x), round(y)];
  }
  const map = {
    source:
      'IGN GEOFLA 2.2 (2016), Licence Ouverte, via github.com/gregoiredavid/france-geojson; ' +
      'built by tools/map-data/build-map-data.ts',
    departements,
    communeCentres,
  };
  writeFileSync(output, `${JSON.stringify(map)}\n`);
  process.stdout.write(
    `${departements.length} departments, ${communes.length} commune centres → ${output}\n`,
  );
}

main(process.argv.slice(2));

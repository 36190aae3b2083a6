import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

/** The two spellings of the import/export format: JSON (the reference) and YAML (easier to write by hand). */
export type CatalogueFormat = 'json' | 'yaml';

export function formatOfFileName(fileName: string): CatalogueFormat {
  return /\.ya?ml$/i.test(fileName) ? 'yaml' : 'json';
}

/** The catalogue's data, or an error naming the format and, for YAML, the line. */
export function parseCatalogue(text: string, format: CatalogueFormat): unknown {
  if (format === 'json') return JSON.parse(text);
  // A catalogue is plain data: no custom tags, no aliases that could blow up on expansion.
  return parseYaml(text, { schema: 'core', maxAliasCount: 0, uniqueKeys: true });
}

export function stringifyCatalogue(data: unknown, format: CatalogueFormat): string {
  if (format === 'json') return `${JSON.stringify(data, null, 2)}\n`;
  return stringifyYaml(data, { lineWidth: 0 });
}

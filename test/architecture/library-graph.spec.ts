import { join } from 'node:path';
import { describeCycle, libraryCycles, libraryGraph } from './library-graph';

const LIBRARIES = join(__dirname, '../../libs');
/** Technical libraries the database library may lean on; it must never know a feature. */
const DATABASE_MAY_IMPORT = new Set(['config']);

describe('library dependencies', () => {
  const graph = libraryGraph(LIBRARIES);

  it('form no cycle between libraries', () => {
    expect(libraryCycles(graph).map((cycle) => describeCycle(cycle, LIBRARIES))).toEqual([]);
  });

  it('keep the database library free of any feature', () => {
    expect([...(graph.get('database') ?? [])].filter((library) => !DATABASE_MAY_IMPORT.has(library))).toEqual([]);
  });

  it('find a cycle when one library closes a loop through others', () => {
    const looped = new Map([
      ['database', new Set(['requests'])],
      ['requests', new Set(['citizens'])],
      ['citizens', new Set(['database'])],
      ['config', new Set<string>()],
    ]);
    expect(libraryCycles(looped)).toEqual([['citizens', 'database', 'requests', 'citizens']]);
  });

  it('read every library with sources, including the composition root', () => {
    expect([...graph.keys()]).toEqual(expect.arrayContaining(['database', 'schema', 'requests', 'voice']));
    expect([...graph.get('schema')!]).toEqual(expect.arrayContaining(['database', 'requests', 'voice']));
  });
});

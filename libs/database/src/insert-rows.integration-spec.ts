import { createTestDatabase, TestDatabase } from '@gru/testing';
import { randomUUID } from 'node:crypto';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { insertRows } from './insert-rows';

enum Shade {
  Light = 'light',
  Dark = 'dark',
}

@Entity({ name: 'insert_rows_probe' })
class Probe {
  @PrimaryColumn('uuid') id!: string;
  @Column('varchar', { length: 50 }) name!: string;
  @Column('text', { array: true, default: '{}' }) tags!: string[];
  @Column('jsonb', { nullable: true }) details!: unknown;
  @Column('boolean', { default: false }) flag!: boolean;
  @Column('timestamptz', { nullable: true }) at!: Date | null;
  @Column('enum', { enum: Shade, enumName: 'insert_rows_probe_shade' }) shade!: Shade;
  @Column('integer', { default: 7 }) count!: number;
}

/** Both statement forms (VALUES for one row or unset columns, JSON records for a window). */
describe('insertRows', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource({
      type: 'postgres',
      url: database.url,
      entities: [Probe],
      synchronize: true,
    });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const row = (index: number): Partial<Probe> => ({
    id: randomUUID(),
    name: `n°${index} "quoted" \\ back`,
    tags: [`a${index}`, 'with,comma', 'with "quote"', '{brace}'],
    details: index % 2 ? { nested: { list: [1, 'two', null] } } : 'just a string',
    flag: index % 2 === 1,
    at: new Date(Date.UTC(2026, 10, 30, 12, 0, index)),
    shade: index % 2 ? Shade.Dark : Shade.Light,
    count: index,
  });

  it('stores the same values whichever form, and returns ids in the rows’ order', async () => {
    const many = Array.from({ length: 5 }, (_, index) => row(index));
    const single = row(9);
    const returned = await insertRows(dataSource.manager, Probe, many);
    await insertRows(dataSource.manager, Probe, [single]);
    expect(returned.map((entry) => entry.id)).toEqual(many.map((entry) => entry.id));
    for (const expected of [...many, single]) {
      const stored = await dataSource.manager.findOneByOrFail(Probe, { id: expected.id });
      expect(stored).toEqual(expected);
    }
  });

  it('stores a lone surrogate as U+FFFD whichever form, as the driver does', async () => {
    const broken = `bad \uD800 text`;
    const many = [
      { ...row(1), name: broken, tags: [broken] },
      { ...row(2), name: broken, tags: [broken] },
    ];
    const single = { ...row(3), name: broken, tags: [broken] };
    await insertRows(dataSource.manager, Probe, many);
    await insertRows(dataSource.manager, Probe, [single]);
    for (const { id } of [...many, single]) {
      const stored = await dataSource.manager.findOneByOrFail(Probe, { id });
      expect(stored.name).toBe('bad \uFFFD text');
      expect(stored.tags).toEqual(['bad \uFFFD text']);
    }
  });

  it('keeps nulls null and gives unset columns their default', async () => {
    const withNulls = [
      { ...row(1), details: null, at: null },
      { ...row(2), details: null, at: null },
    ];
    await insertRows(dataSource.manager, Probe, withNulls);
    const [first] = await dataSource.query<{ details: unknown; at: unknown }[]>(
      'SELECT details, at FROM insert_rows_probe WHERE id = $1',
      [withNulls[0].id],
    );
    expect(first).toEqual({ details: null, at: null });
    const partial = [
      { id: randomUUID(), name: 'a', shade: Shade.Light },
      { id: randomUUID(), name: 'b', shade: Shade.Dark, count: 3 },
    ];
    await insertRows(dataSource.manager, Probe, partial);
    const stored = await dataSource.manager.findBy(Probe, [
      { id: partial[0].id },
      { id: partial[1].id },
    ]);
    expect(stored.find((entry) => entry.id === partial[0].id)).toMatchObject({
      count: 7,
      flag: false,
      tags: [],
    });
    expect(stored.find((entry) => entry.id === partial[1].id)).toMatchObject({ count: 3 });
  });
});

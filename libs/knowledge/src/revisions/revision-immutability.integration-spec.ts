import { DataSource } from 'typeorm';
import { KnowledgeEditor } from '../workflow/knowledge-editor.service';
import { startKnowledgeTestContext, KnowledgeTestContext } from '../testing/knowledge-test-context';

/** The database itself keeps revisions as they were saved. */
describe('revision immutability', () => {
  let context: KnowledgeTestContext;
  let dataSource: DataSource;
  let revisionId: string;

  beforeAll(async () => {
    context = await startKnowledgeTestContext();
    dataSource = context.app.get(DataSource);
    const saved = await context.app
      .get(KnowledgeEditor)
      .saveArticle(
        { slug: 'faq-delai', kind: 'faq', title: 'Quel délai ?', body: '<p>Trois semaines.</p>' },
        null,
      );
    revisionId = saved.revision.id;
  }, 60_000);

  afterAll(() => context.close());

  it('refuses to change a saved revision’s content or title', async () => {
    await expect(
      dataSource.query(`UPDATE knowledge_revisions SET content = '{}'::jsonb WHERE id = $1`, [
        revisionId,
      ]),
    ).rejects.toThrow(/immutable/);
    await expect(
      dataSource.query(`UPDATE knowledge_revisions SET title = 'Autre' WHERE id = $1`, [
        revisionId,
      ]),
    ).rejects.toThrow(/immutable/);
  });

  it('refuses to delete a revision', async () => {
    await expect(
      dataSource.query(`DELETE FROM knowledge_revisions WHERE id = $1`, [revisionId]),
    ).rejects.toThrow(/never deleted/);
  });

  it('lets the workflow columns move', async () => {
    await dataSource.query(
      `UPDATE knowledge_revisions SET state = 'in_review', submitted_at = now() WHERE id = $1`,
      [revisionId],
    );
    const [row] = await dataSource.query<{ state: string }[]>(
      `SELECT state FROM knowledge_revisions WHERE id = $1`,
      [revisionId],
    );
    expect(row.state).toBe('in_review');
  });

  it('saves an edit as a new revision, keeping the first as it was', async () => {
    const editor = context.app.get(KnowledgeEditor);
    const second = await editor.saveArticle(
      { slug: 'faq-delai', kind: 'faq', title: 'Quel délai ?', body: '<p>Quatre semaines.</p>' },
      null,
    );
    expect(second.revision.number).toBe(2);
    const rows = await dataSource.query<{ number: number; body: string }[]>(
      `SELECT number, content->>'body' AS body FROM knowledge_revisions ORDER BY number`,
    );
    expect(rows).toEqual([
      { number: 1, body: '<p>Trois semaines.</p>' },
      { number: 2, body: '<p>Quatre semaines.</p>' },
    ]);
  });
});

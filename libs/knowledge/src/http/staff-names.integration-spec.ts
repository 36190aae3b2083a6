import { Role, StaffDirectory } from '@gru/auth';
import { startKnowledgeTestContext, KnowledgeTestContext } from '../testing/knowledge-test-context';
import { nameIn, StaffNames } from './staff-names.service';

/** Who wrote a revision, named through the users library's directory. */
describe('staff names of revisions and comments', () => {
  let context: KnowledgeTestContext;
  let directory: StaffDirectory;

  beforeAll(async () => {
    context = await startKnowledgeTestContext();
    directory = context.app.get(StaffDirectory);
  }, 60_000);

  afterAll(() => context.close());

  const member = (email: string, displayName: string) =>
    directory.create({ email, displayName, password: 'a-long-password', role: Role.Instructor });

  it('names each author once, keeps the name of a deactivated colleague, and leaves imports and unknown accounts unnamed', async () => {
    const editor = await member('ines.carpentier@gru.test', 'Inès Carpentier');
    const departed = await member('paul.lefebvre@gru.test', 'Paul Lefebvre');
    await directory.deactivate(departed.id);
    const unknown = '00000000-0000-4000-8000-000000000000';

    const names = await new StaffNames(directory).of([
      editor.id,
      editor.id,
      departed.id,
      null,
      unknown,
    ]);

    expect(names.size).toBe(2);
    expect(nameIn(names, editor.id)).toBe('Inès Carpentier');
    expect(nameIn(names, departed.id)).toBe('Paul Lefebvre');
    expect(nameIn(names, null)).toBeNull();
    expect(nameIn(names, unknown)).toBeNull();
  });

  it('asks nothing of the directory when there is no one to name', async () => {
    expect((await new StaffNames(directory).of([null])).size).toBe(0);
  });
});

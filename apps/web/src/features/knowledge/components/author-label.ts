import { knowledge } from '../../../content/knowledge';

/**
 * Who wrote a revision or a comment, in words: their display name, marked when it is the signed-in
 * member; "Import" for content loaded by the import tool.
 */
export function authorLabel(
  author: { readonly userId: string | null; readonly name: string | null },
  currentUserId: string,
): string {
  const copy = knowledge.revisions;
  if (author.userId === null) return copy.importAuthor;
  if (author.name === null) return copy.unknownAuthor;
  return author.userId === currentUserId ? copy.yourName(author.name) : author.name;
}

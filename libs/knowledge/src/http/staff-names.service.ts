import { Injectable } from '@nestjs/common';
import { StaffDirectory } from '@gru/auth';

/** Display names by account id, as the users library gives them. */
export type StaffNameMap = ReadonlyMap<string, string>;

/** The name of an account, or null for no account (imports) or an unknown one. */
export function nameIn(names: StaffNameMap, userId: string | null): string | null {
  return userId === null ? null : (names.get(userId) ?? null);
}

/**
 * Names the people behind revisions and comments (authors, reviewers) for the routes. Read through
 * the users library's directory: the knowledge base never joins the users table.
 */
@Injectable()
export class StaffNames {
  constructor(private readonly staff: StaffDirectory) {}

  of(userIds: Iterable<string | null>): Promise<StaffNameMap> {
    return this.staff.displayNames(
      [...userIds].filter((userId): userId is string => userId !== null),
    );
  }
}

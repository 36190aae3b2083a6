import { Injectable } from '@nestjs/common';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MailboxDirectory } from '../mailbox-directory.service';
import { IntakeOutcome, MailIntake } from './mail-intake.service';

export type FileOutcome = Exclude<IntakeOutcome, never> | 'failed';

export interface FileImportLine {
  readonly file: string;
  readonly outcome: FileOutcome;
  readonly reference: string | null;
  readonly reason: string | null;
}

export interface FileImportSummary {
  read: number;
  created: number;
  threaded: number;
  duplicates: number;
  quarantined: number;
  ignored: number;
  failed: number;
}

/**
 * The same pipeline as the mailboxes, on files (migration from the old tool, re-processing):
 * nothing is acknowledged, and a second run over the same files only finds duplicates.
 */
@Injectable()
export class MailFileImport {
  constructor(
    private readonly intake: MailIntake,
    private readonly mailboxes: MailboxDirectory,
  ) {}

  async run(
    mailboxId: string,
    paths: readonly string[],
    onLine: (line: FileImportLine) => void = () => undefined,
  ): Promise<FileImportSummary> {
    const mailbox = await this.mailboxes.get(mailboxId);
    const summary: FileImportSummary = {
      read: 0,
      created: 0,
      threaded: 0,
      duplicates: 0,
      quarantined: 0,
      ignored: 0,
      failed: 0,
    };
    for (const file of await expand(paths)) {
      summary.read += 1;
      let line: FileImportLine;
      try {
        const result = await this.intake.ingest(await readFile(file), mailbox, {
          acknowledge: false,
        });
        line = {
          file,
          outcome: result.outcome,
          reference: result.reference,
          reason: result.reason,
        };
      } catch (error) {
        line = { file, outcome: 'failed', reference: null, reason: (error as Error).message };
      }
      summary[line.outcome === 'duplicate' ? 'duplicates' : line.outcome] += 1;
      onLine(line);
    }
    return summary;
  }
}

/** Files as given, directories as their `.eml` files (recursively), in name order. */
async function expand(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) =>
        a.name.localeCompare(b.name),
      );
      files.push(
        ...(await expand(
          entries
            .filter((entry) => entry.isDirectory() || /\.eml$/i.test(entry.name))
            .map((entry) => join(path, entry.name)),
        )),
      );
    } else files.push(path);
  }
  return files;
}

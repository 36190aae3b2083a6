import { Injectable } from '@nestjs/common';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MailboxDirectory } from '../mailbox-directory.service';
import type { Mailbox } from '../persistence/mailbox.entity';
import { IntakeOutcome, IntakeResult, MailIntake } from './mail-intake.service';
import { MailWindowIntake } from './mail-window-intake.service';

/** Files read and filed together (the same windows as a mailbox sweep's). */
const WINDOW = 100;

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
 * nothing is acknowledged, and a second run over the same files only finds duplicates. Files go
 * by windows, like a sweep's UIDs; a window that fails goes file by file, each failure named.
 */
@Injectable()
export class MailFileImport {
  constructor(
    private readonly windows: MailWindowIntake,
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
    const files = await expand(paths);
    for (let start = 0; start < files.length; start += WINDOW) {
      const window = files.slice(start, start + WINDOW);
      const raws = await Promise.all(
        window.map((file) => readFile(file).catch((error: Error) => error)),
      );
      const lines = await this.fileWindow(window, raws, mailbox);
      for (const line of lines) {
        summary.read += 1;
        summary[line.outcome === 'duplicate' ? 'duplicates' : line.outcome] += 1;
        onLine(line);
      }
    }
    return summary;
  }

  /** A window of files through the windowed pipeline; if it throws, file by file (failures named). */
  private async fileWindow(
    files: readonly string[],
    raws: readonly (Buffer | Error)[],
    mailbox: Mailbox,
  ): Promise<FileImportLine[]> {
    const lineOf = (file: string, result: IntakeResult): FileImportLine => ({
      file,
      outcome: result.outcome,
      reference: result.reference,
      reason: result.reason,
    });
    if (raws.every((raw): raw is Buffer => raw instanceof Buffer)) {
      const results = await this.windows
        .ingest(raws, mailbox, { acknowledge: false })
        .catch(() => null);
      if (results) return results.map((result, index) => lineOf(files[index], result));
    }
    const lines: FileImportLine[] = [];
    for (const [index, file] of files.entries()) {
      const raw = raws[index];
      try {
        if (raw instanceof Error) throw raw;
        lines.push(lineOf(file, await this.intake.ingest(raw, mailbox, { acknowledge: false })));
      } catch (error) {
        lines.push({ file, outcome: 'failed', reference: null, reason: (error as Error).message });
      }
    }
    return lines;
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

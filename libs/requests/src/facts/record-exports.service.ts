import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import QueryStream from 'pg-query-stream';
import { PassThrough, Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import {
  EXPORT_COLUMNS,
  exportSelect,
  exportWhere,
  ExportFilter,
  ExportKind,
} from './record-export';

/**
 * Row-level exports of contacts and requests, streamed from PostgreSQL on a dedicated connection:
 * CSV through COPY (the server formats, Node only forwards bytes), rows for spreadsheets through a
 * cursor read in batches. Memory stays flat whatever the row count; there is no cap.
 */
@Injectable()
export class RecordExports {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  headers(kind: ExportKind): string[] {
    return EXPORT_COLUMNS[kind].map((column) => column.header);
  }

  /** The number of rows the export will hold, for a progress bar. */
  async count(kind: ExportKind, filter: ExportFilter): Promise<number> {
    return this.withClient(async (client) => {
      const literal = (value: string) => client.escapeLiteral(value);
      const result = await client.query<{ count: string }>(
        `SELECT COUNT(*) AS count FROM ${kind} WHERE ${exportWhere(kind, filter, literal)}`,
      );
      return Number(result.rows[0].count);
    });
  }

  /** CSV with a header line, UTF-8, as COPY writes it. */
  async csv(kind: ExportKind, filter: ExportFilter): Promise<Readable> {
    const { client, release } = await this.client();
    const literal = (value: string) => client.escapeLiteral(value);
    const header = this.headers(kind)
      .map((name) => `"${name.replace(/"/g, '""')}"`)
      .join(',');
    const copy = client.query(
      copyTo(`COPY (${exportSelect(kind, filter, literal)}) TO STDOUT WITH (FORMAT csv)`),
    );
    const output = new PassThrough();
    output.write(`${header}\n`);
    copy.on('error', (error) => {
      release(error);
      output.destroy(error);
    });
    copy.on('end', () => release());
    output.on('close', () => {
      // A download cut short leaves the connection mid-COPY: it is discarded, not pooled.
      if (!copy.readableEnded) {
        copy.destroy();
        release(new Error('export aborted'));
      }
    });
    copy.pipe(output);
    return output;
  }

  /** Rows as arrays (values as strings or null), in batches from a server-side cursor. */
  async *rows(kind: ExportKind, filter: ExportFilter): AsyncGenerator<(string | null)[]> {
    const { client, release } = await this.client();
    const literal = (value: string) => client.escapeLiteral(value);
    const stream = client.query(
      new QueryStream(exportSelect(kind, filter, literal), [], {
        batchSize: 2000,
        rowMode: 'array',
        types: { getTypeParser: () => (value: string) => value },
      }),
    );
    let failure: Error | undefined;
    try {
      for await (const row of stream as AsyncIterable<(string | null)[]>) yield row;
    } catch (error) {
      failure = error as Error;
      throw error;
    } finally {
      stream.destroy();
      release(failure);
    }
  }

  private async withClient<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const { client, release } = await this.client();
    try {
      return await work(client);
    } finally {
      release();
    }
  }

  private async client(): Promise<{ client: PoolClient; release: (error?: Error) => void }> {
    const runner = this.dataSource.createQueryRunner() as unknown as {
      connect(): Promise<PoolClient>;
      releasePostgresConnection(error?: Error): Promise<void>;
    };
    const client = await runner.connect();
    let released = false;
    return {
      client,
      // With an error, pg-pool drops the connection instead of reusing it.
      release: (error?: Error) => {
        if (released) return;
        released = true;
        void runner.releasePostgresConnection(error);
      },
    };
  }
}

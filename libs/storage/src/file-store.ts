import { Injectable } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface StoredFile {
  readonly key: string;
  readonly sha256: string;
  readonly sizeBytes: number;
}

const KEY = /^[a-z0-9-]+\/[0-9a-f]{2}\/[0-9a-f-]{36}$/;

/**
 * Files on a local directory (a mounted volume in production), addressed by opaque keys that the
 * database keeps. Writes go to a temporary name and are renamed, so a crash never leaves a
 * half-written file under a real key.
 */
@Injectable()
export class FileStore {
  private readonly root: string;
  private readonly directories = new Set<string>();

  constructor(config: AppConfig) {
    this.root = config.values.storage.directory;
  }

  /** `sha256`: the content's, when the caller hashed it already (a window's dedup does). */
  async put(namespace: string, content: Buffer, sha256?: string): Promise<StoredFile> {
    const id = randomUUID();
    const key = `${namespace}/${id.slice(0, 2)}/${id}`;
    const path = this.pathOf(key);
    const directory = dirname(path);
    // 256 directories per namespace: made once per process, not once per file.
    if (!this.directories.has(directory)) {
      await mkdir(directory, { recursive: true });
      this.directories.add(directory);
    }
    const temporary = `${path}.partial`;
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, path);
    return {
      key,
      sha256: sha256 ?? createHash('sha256').update(content).digest('hex'),
      sizeBytes: content.length,
    };
  }

  read(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    // Keys come from our own database, but a forged one must never escape the root.
    if (!KEY.test(key)) throw new Error(`Invalid storage key ${JSON.stringify(key)}`);
    return join(this.root, key);
  }
}

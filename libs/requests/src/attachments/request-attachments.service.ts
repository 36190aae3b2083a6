import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  hasPostgresCode,
  NotFoundException,
  PostgresErrorCode,
  ValidationFailedException,
} from '@gru/errors';
import { FileStore } from '@gru/storage';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RequestAttachment } from '../persistence/request-attachment.entity';
import { recordEvents, RequestEventType } from '../workflow/request-timeline';
import { ACCEPTED_MEDIA_TYPES, detectMediaType } from './accepted-media-type';

export interface UploadedFile {
  readonly originalname: string;
  readonly buffer: Buffer;
}

@Injectable()
export class RequestAttachments {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: FileStore,
  ) {}

  /** Idempotent per content: the same file sent twice to a request is stored once. */
  async attach(
    requestId: string,
    file: UploadedFile | undefined,
    actorUserId: string | null,
  ): Promise<{ attachment: RequestAttachment; created: boolean }> {
    if (!file || file.buffer.length === 0)
      throw new ValidationFailedException([
        { field: 'file', messages: ['file : fichier manquant ou vide / missing or empty file'] },
      ]);
    const mediaType = detectMediaType(file.buffer);
    if (!mediaType) {
      throw new ValidationFailedException([
        {
          field: 'file',
          messages: [
            `file : type de document refusé, attendus ${ACCEPTED_MEDIA_TYPES.join(', ')} / unsupported document type`,
          ],
        },
      ]);
    }
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const repository = this.dataSource.getRepository(RequestAttachment);
    const existing = await repository.findOne({ where: { requestId, sha256 } });
    if (existing) return { attachment: existing, created: false };
    const stored = await this.files.put('attachments', file.buffer);
    try {
      const attachment = await this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(
          manager.create(RequestAttachment, {
            requestId,
            fileName: safeFileName(file.originalname),
            mediaType,
            sizeBytes: stored.sizeBytes,
            sha256,
            storageKey: stored.key,
            uploadedByUserId: actorUserId,
          }),
        );
        await recordEvents(manager, [
          {
            requestId,
            type: RequestEventType.AttachmentAdded,
            actorUserId,
            after: { attachmentId: saved.id, fileName: saved.fileName },
          },
        ]);
        return saved;
      });
      return { attachment, created: true };
    } catch (error) {
      await this.files.remove(stored.key);
      if (hasPostgresCode(error, PostgresErrorCode.UniqueViolation)) {
        return {
          attachment: await repository.findOneByOrFail({ requestId, sha256 }),
          created: false,
        };
      }
      throw error;
    }
  }

  list(requestId: string): Promise<RequestAttachment[]> {
    return this.dataSource
      .getRepository(RequestAttachment)
      .find({ where: { requestId }, order: { createdAt: 'ASC' } });
  }

  async content(
    requestId: string,
    attachmentId: string,
  ): Promise<{ attachment: RequestAttachment; content: Buffer }> {
    const attachment = await this.dataSource
      .getRepository(RequestAttachment)
      .findOne({ where: { id: attachmentId, requestId } });
    if (!attachment) throw new NotFoundException('attachment', attachmentId);
    return { attachment, content: await this.files.read(attachment.storageKey) };
  }
}

function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[/\\\u0000-\u001f]/g, '_')
    .trim();
  return (cleaned || 'document').slice(0, 255);
}

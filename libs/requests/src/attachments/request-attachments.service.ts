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
import { DataSource, EntityManager } from 'typeorm';
import { RequestAttachment } from '../persistence/request-attachment.entity';
import { recordEvents, RequestEventType } from '../workflow/request-timeline';
import { ACCEPTED_MEDIA_TYPES, detectMediaType } from './accepted-media-type';
import { safeFileName } from './attachment-file-name';
import { AttachmentDto } from './attachment.dto';

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

  /**
   * Idempotent per content: the same file sent twice to a request is stored once. With `outer`,
   * the row is written in the caller's transaction (a request created in the same one).
   */
  async attach(
    requestId: string,
    file: UploadedFile | undefined,
    actorUserId: string | null,
    outer?: EntityManager,
  ): Promise<{ attachment: AttachmentDto; created: boolean }> {
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
    const repository = (outer ?? this.dataSource.manager).getRepository(RequestAttachment);
    const existing = await repository.findOne({ where: { requestId, sha256 } });
    if (existing) return { attachment: AttachmentDto.from(existing), created: false };
    const stored = await this.files.put('attachments', file.buffer);
    try {
      const write = async (manager: EntityManager) => {
        const saved = await manager.save(
          manager.create(RequestAttachment, {
            requestId,
            fileName: safeFileName(file.originalname, mediaType),
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
      };
      const attachment = await (outer ? write(outer) : this.dataSource.transaction(write));
      return { attachment: AttachmentDto.from(attachment), created: true };
    } catch (error) {
      await this.files.remove(stored.key);
      // The caller's transaction is aborted: it decides what to do.
      if (outer) throw error;
      if (hasPostgresCode(error, PostgresErrorCode.UniqueViolation)) {
        return {
          attachment: AttachmentDto.from(await repository.findOneByOrFail({ requestId, sha256 })),
          created: false,
        };
      }
      throw error;
    }
  }

  async list(requestId: string): Promise<AttachmentDto[]> {
    const attachments = await this.dataSource
      .getRepository(RequestAttachment)
      .find({ where: { requestId }, order: { createdAt: 'ASC' } });
    return attachments.map((attachment) => AttachmentDto.from(attachment));
  }

  async content(
    requestId: string,
    attachmentId: string,
  ): Promise<{ attachment: AttachmentDto; content: Buffer }> {
    const attachment = await this.dataSource
      .getRepository(RequestAttachment)
      .findOne({ where: { id: attachmentId, requestId } });
    if (!attachment) throw new NotFoundException('attachment', attachmentId);
    const content = await this.files.read(attachment.storageKey);
    // Names stored before extensions were forced are served under the detected type's one too.
    const fileName = safeFileName(attachment.fileName, attachment.mediaType);
    return { attachment: { ...AttachmentDto.from(attachment), fileName }, content };
  }
}

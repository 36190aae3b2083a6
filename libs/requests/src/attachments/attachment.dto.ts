import { ApiProperty } from '@nestjs/swagger';
import type { RequestAttachment } from '../persistence/request-attachment.entity';

/** An attachment as the API shows it: never where the bytes are stored. */
export class AttachmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty({ description: 'Sanitised name, extension of the detected type' }) fileName!: string;
  @ApiProperty({ enum: ['application/pdf', 'image/png', 'image/jpeg', 'image/tiff'] })
  mediaType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() sha256!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) uploadedByUserId!: string | null;
  @ApiProperty() createdAt!: Date;

  static from(attachment: RequestAttachment): AttachmentDto {
    return {
      id: attachment.id,
      requestId: attachment.requestId,
      fileName: attachment.fileName,
      mediaType: attachment.mediaType,
      sizeBytes: attachment.sizeBytes,
      sha256: attachment.sha256,
      uploadedByUserId: attachment.uploadedByUserId,
      createdAt: attachment.createdAt,
    };
  }
}

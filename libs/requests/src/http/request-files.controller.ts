import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProduces,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { AuditAction, Audited } from '@gru/audit';
import { AuthenticatedUser, CASEWORK_ROLES, CurrentUser, Roles } from '@gru/auth';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { Response } from 'express';
import { attachmentDisposition } from '../attachments/attachment-file-name';
import { AttachmentDto } from '../attachments/attachment.dto';
import { RequestAttachments } from '../attachments/request-attachments.service';
import { CitizenMessages } from '../messages/citizen-messages.service';
import { RequestMessageDto } from '../messages/request-message.dto';
import type { Request } from '../persistence/request.entity';
import { AccessibleRequestGuard } from './accessible-request.guard';
import { LoadedRequest } from './loaded-request.decorator';

class MessageDto {
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(200) subject!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(20_000) body!: string;
}

/** Outbound messages to the citizen and attached documents of a request. */
@ApiTags('requests')
@ApiBearerAuth()
@Controller('requests/:id')
export class RequestFilesController {
  constructor(
    private readonly messages: CitizenMessages,
    private readonly attachments: RequestAttachments,
  ) {}

  @Post('messages')
  @Roles(...CASEWORK_ROLES)
  @Audited({ action: AuditAction.Create, resourceType: 'request-message' })
  @ApiCreatedResponse({ type: RequestMessageDto })
  async send(
    @LoadedRequest() request: Request,
    @Body() body: MessageDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RequestMessageDto> {
    return RequestMessageDto.of(
      await this.messages.compose(request, body.subject, body.body, user.id),
    );
  }

  @Get('messages')
  @Roles(...CASEWORK_ROLES)
  @Audited({ action: AuditAction.List, resourceType: 'request-message', idParam: 'id' })
  @ApiOkResponse({ type: RequestMessageDto, isArray: true })
  async listMessages(@LoadedRequest() request: Request): Promise<RequestMessageDto[]> {
    return (await this.messages.list(request.id)).map((message) => RequestMessageDto.of(message));
  }

  @Post('attachments')
  @Roles(...CASEWORK_ROLES)
  // Size limits come from MulterModule in RequestsHttpModule (storage.maxUploadBytes): 413 above
  // it. The guard checks access first: the interceptor reads the upload only for a visible request.
  @UseGuards(AccessibleRequestGuard)
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiOkResponse({ type: AttachmentDto })
  @Audited({ action: AuditAction.Create, resourceType: 'request-attachment' })
  async attach(
    @LoadedRequest() request: Request,
    @UploadedFile() file: { originalname: string; buffer: Buffer } | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AttachmentDto> {
    const { attachment, created } = await this.attachments.attach(request.id, file, user.id);
    response.status(created ? 201 : 200);
    return attachment;
  }

  @Get('attachments')
  @Roles(...CASEWORK_ROLES)
  @Audited({ action: AuditAction.List, resourceType: 'request-attachment', idParam: 'id' })
  @ApiOkResponse({ type: AttachmentDto, isArray: true })
  listAttachments(@LoadedRequest() request: Request): Promise<AttachmentDto[]> {
    return this.attachments.list(request.id);
  }

  @Get('attachments/:attachmentId/content')
  @Roles(...CASEWORK_ROLES)
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg', 'image/tiff')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @Audited({
    action: AuditAction.Read,
    resourceType: 'request-attachment',
    idParam: 'attachmentId',
  })
  async download(
    @LoadedRequest() request: Request,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { attachment, content } = await this.attachments.content(request.id, attachmentId);
    // Whatever serves the API, the browser must neither guess the type nor run the file.
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    return new StreamableFile(content, {
      type: attachment.mediaType,
      disposition: attachmentDisposition(attachment.fileName),
      length: attachment.sizeBytes,
    });
  }
}

import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { AuditAction, Audited } from '@gru/audit';
import { AuthenticatedUser, CurrentUser, FRONT_LINE_ROLES, Roles } from '@gru/auth';
import { RequestDto } from '@gru/requests';
import { CallbackCallDto } from './callback-call.dto';
import { CallbackDesk } from './callback-desk.service';

@ApiTags('voice')
@ApiBearerAuth()
@Controller('voice/callbacks')
export class CallbacksController {
  constructor(private readonly desk: CallbackDesk) {}

  /** The antenna's promised callbacks, oldest due first (the caller's own antenna by default). */
  @Get()
  @Roles(...FRONT_LINE_ROLES)
  @ApiOkResponse({ type: [RequestDto] })
  @ApiQuery({ name: 'antennaId', required: false, description: "Default: the user's antenna" })
  @Audited({
    action: AuditAction.List,
    resourceType: 'callback',
    citizensOf: (body) => (body as RequestDto[]).map((request) => request.citizenId),
  })
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Query('antennaId') antennaId?: string,
  ): Promise<RequestDto[]> {
    return (await this.desk.listFor(user, antennaId)).map((request) => RequestDto.of(request));
  }

  @Post(':requestId/call')
  @HttpCode(202)
  @Roles(...FRONT_LINE_ROLES)
  @ApiAcceptedResponse({ type: CallbackCallDto })
  @Audited({ action: AuditAction.Create, resourceType: 'callback-call', idParam: 'requestId' })
  call(
    @Param('requestId', ParseUUIDPipe) requestId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CallbackCallDto> {
    return this.desk.placeCall(requestId, user);
  }
}

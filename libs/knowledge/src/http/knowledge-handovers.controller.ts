import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ALL_ROLES,
  ANTENNA_SUPERVISOR_ROLES,
  AuthenticatedUser,
  CurrentUser,
  Roles,
} from '@gru/auth';
import { WeeklyHandover } from '../handover/weekly-handover.service';
import {
  HandoverDto,
  HandoverItemDto,
  HandoverReadDto,
  HandoverReaderDto,
  UpcomingHandoverDto,
} from './handover.dto';

/** The weekly hand-over page: every staff member reads and confirms; supervisors see who has. */
@ApiTags('knowledge')
@ApiBearerAuth()
@Controller('knowledge/handovers')
export class KnowledgeHandoversController {
  constructor(private readonly handovers: WeeklyHandover) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    type: [HandoverDto],
    description: 'Newest first, with the caller’s read confirmation',
  })
  async list(@CurrentUser() user: AuthenticatedUser): Promise<HandoverDto[]> {
    return (await this.handovers.list(user.id)).map((handover) => HandoverDto.of(handover));
  }

  @Get('upcoming')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: UpcomingHandoverDto, description: 'What the next hand-over lists so far' })
  async upcoming(): Promise<UpcomingHandoverDto> {
    const upcoming = await this.handovers.upcoming();
    return {
      periodFrom: upcoming.periodFrom.toISOString(),
      periodTo: upcoming.periodTo.toISOString(),
      items: upcoming.items.map((item) => HandoverItemDto.of(item)),
    };
  }

  @Get(':handoverId')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: HandoverDto })
  async get(
    @Param('handoverId', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<HandoverDto> {
    return HandoverDto.of(await this.handovers.get(id, user.id));
  }

  @Post(':handoverId/read')
  @HttpCode(200)
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: HandoverReadDto })
  async markRead(
    @Param('handoverId', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<HandoverReadDto> {
    return { readAt: (await this.handovers.markRead(id, user.id)).toISOString() };
  }

  @Get(':handoverId/readers')
  @Roles(...ANTENNA_SUPERVISOR_ROLES)
  @ApiOkResponse({
    type: [HandoverReaderDto],
    description: "Antenna managers: their antenna's staff",
  })
  async readers(
    @Param('handoverId', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<HandoverReaderDto[]> {
    return (await this.handovers.readers(id, user)).map((reader) => ({
      ...reader,
      emailedAt: reader.emailedAt?.toISOString() ?? null,
      readAt: reader.readAt?.toISOString() ?? null,
    }));
  }
}

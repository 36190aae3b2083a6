import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ANTENNA_SUPERVISOR_ROLES, AuthenticatedUser, CurrentUser, Role, Roles } from '@gru/auth';
import { ContactChannel } from '@gru/citizens';
import { ContactDirection } from '@gru/requests';
import { JobName, JobProducer } from '@gru/queue';
import { ACTIVITY_DIMENSIONS, ActivityReports } from '../reports/activity-report.service';
import { CONTACT_DIMENSIONS, ContactsReports } from '../reports/contacts-report.service';
import { parseGroupBy } from '../reports/group-by';
import { reportingPeriod } from '../reports/reporting-period';
import { reportingScope } from '../reports/reporting-scope';
import { REQUEST_DIMENSIONS, RequestsReports } from '../reports/requests-report.service';
import { VOICE_DIMENSIONS, VoiceReports } from '../reports/voice-report.service';
import {
  ActivityQueryDto,
  ContactsQueryDto,
  PeriodQueryDto,
  RebuildDto,
  RequestsQueryDto,
  VoiceQueryDto,
} from './reporting-query.dto';
import {
  ActivityReportDto,
  ContactsReportDto,
  RebuildAcceptedDto,
  RequestsReportDto,
  VoiceReportDto,
} from './reporting-response.dto';

/** Dashboards' figures: regional supervisors see every antenna, antenna managers their own. */
@ApiTags('reporting')
@ApiBearerAuth()
@Controller('reporting')
export class ReportingController {
  constructor(
    private readonly contacts: ContactsReports,
    private readonly requests: RequestsReports,
    private readonly voice: VoiceReports,
    private readonly activity: ActivityReports,
    private readonly jobs: JobProducer,
  ) {}

  @Get('contacts')
  @Roles(...ANTENNA_SUPERVISOR_ROLES)
  @ApiOkResponse({ type: ContactsReportDto })
  contactsReport(
    @Query() query: ContactsQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ContactsReportDto> {
    const period = reportingPeriod(query.from, query.to);
    const groupBy = parseGroupBy(query.groupBy, CONTACT_DIMENSIONS);
    return this.contacts.report(period, groupBy, reportingScope(user, query.antennaId), query);
  }

  /** Front-desk visits (inbound contacts on the visit channel) per antenna and hour of the day. */
  @Get('footfall')
  @Roles(...ANTENNA_SUPERVISOR_ROLES)
  @ApiOkResponse({ type: ContactsReportDto })
  footfall(
    @Query() query: PeriodQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ContactsReportDto> {
    const period = reportingPeriod(query.from, query.to);
    return this.contacts.report(
      period,
      ['antenna', 'hour'],
      reportingScope(user, query.antennaId),
      { channel: ContactChannel.Visit },
      (filter) => filter.add('direction = ?', ContactDirection.Inbound),
    );
  }

  @Get('requests')
  @Roles(...ANTENNA_SUPERVISOR_ROLES)
  @ApiOkResponse({ type: RequestsReportDto })
  requestsReport(
    @Query() query: RequestsQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RequestsReportDto> {
    const period = reportingPeriod(query.from, query.to);
    const groupBy = parseGroupBy(query.groupBy, REQUEST_DIMENSIONS);
    return this.requests.report(period, groupBy, reportingScope(user, query.antennaId), query);
  }

  @Get('voice')
  @Roles(...ANTENNA_SUPERVISOR_ROLES)
  @ApiOkResponse({ type: VoiceReportDto })
  voiceReport(
    @Query() query: VoiceQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<VoiceReportDto> {
    const period = reportingPeriod(query.from, query.to);
    const groupBy = parseGroupBy(query.groupBy, VOICE_DIMENSIONS);
    return this.voice.report(period, groupBy, reportingScope(user, query.antennaId));
  }

  @Get('activity')
  @Roles(...ANTENNA_SUPERVISOR_ROLES)
  @ApiOkResponse({ type: ActivityReportDto })
  activityReport(
    @Query() query: ActivityQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ActivityReportDto> {
    const period = reportingPeriod(query.from, query.to);
    const groupBy = parseGroupBy(query.groupBy, ACTIVITY_DIMENSIONS);
    return this.activity.report(period, groupBy, reportingScope(user, query.antennaId));
  }

  /** Recomputes the rollups of a past range in the worker (idempotent: whole days rewritten). */
  @Post('rebuild')
  @HttpCode(202)
  @Roles(Role.Admin)
  @ApiOkResponse({ type: RebuildAcceptedDto })
  async rebuild(@Body() body: RebuildDto): Promise<RebuildAcceptedDto> {
    const period = reportingPeriod(body.from, body.to);
    const jobId = await this.jobs.enqueue(JobName.RebuildReporting, {
      from: period.from,
      to: period.to,
    });
    return { jobId, from: period.from, to: period.to };
  }
}

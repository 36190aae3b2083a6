import { Controller, Get, Logger, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ANTENNA_SUPERVISOR_ROLES, AuthenticatedUser, CurrentUser, Roles } from '@gru/auth';
import { ExportFilter, ExportKind, RecordExports } from '@gru/requests';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { writeXlsx } from '../exports/xlsx-stream';
import { reportingPeriod } from '../reports/reporting-period';
import { reportingScope } from '../reports/reporting-scope';
import { RecordFilterQueryDto } from './reporting-query.dto';

const CSV = 'text/csv; charset=utf-8';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Row-level exports, streamed without a row cap. `X-Total-Count` announces the row count before
 * the first byte, so the web app can show progress while it downloads.
 */
@ApiTags('reporting')
@ApiBearerAuth()
@Controller('reporting/exports')
export class ReportingExportsController {
  private readonly logger = new Logger(ReportingExportsController.name);

  constructor(private readonly exports: RecordExports) {}

  @Get('contacts.csv')
  @Roles(...ANTENNA_SUPERVISOR_ROLES)
  @ApiProduces(CSV)
  @ApiOkResponse({ description: 'CSV, header X-Total-Count: data rows' })
  contactsCsv(
    @Query() query: RecordFilterQueryDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res() response: Response,
  ) {
    return this.csv('contacts', query, user, response);
  }

  @Get('contacts.xlsx')
  @Roles(...ANTENNA_SUPERVISOR_ROLES)
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'XLSX, header X-Total-Count: data rows' })
  contactsXlsx(
    @Query() query: RecordFilterQueryDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res() response: Response,
  ) {
    return this.xlsx('contacts', query, user, response);
  }

  @Get('requests.csv')
  @Roles(...ANTENNA_SUPERVISOR_ROLES)
  @ApiProduces(CSV)
  @ApiOkResponse({ description: 'CSV, header X-Total-Count: data rows' })
  requestsCsv(
    @Query() query: RecordFilterQueryDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res() response: Response,
  ) {
    return this.csv('requests', query, user, response);
  }

  @Get('requests.xlsx')
  @Roles(...ANTENNA_SUPERVISOR_ROLES)
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'XLSX, header X-Total-Count: data rows' })
  requestsXlsx(
    @Query() query: RecordFilterQueryDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res() response: Response,
  ) {
    return this.xlsx('requests', query, user, response);
  }

  private async csv(
    kind: ExportKind,
    query: RecordFilterQueryDto,
    user: AuthenticatedUser,
    response: Response,
  ) {
    const filter = this.filter(query, user);
    const total = await this.exports.count(kind, filter);
    this.start(response, kind, query, 'csv', CSV, total);
    await pipeline(await this.exports.csv(kind, filter), response).catch((error: Error) =>
      this.interrupted(kind, error, response),
    );
  }

  private async xlsx(
    kind: ExportKind,
    query: RecordFilterQueryDto,
    user: AuthenticatedUser,
    response: Response,
  ) {
    const filter = this.filter(query, user);
    const total = await this.exports.count(kind, filter);
    this.start(response, kind, query, 'xlsx', XLSX, total);
    const sheet = kind === 'contacts' ? 'Contacts' : 'Demandes';
    await writeXlsx(
      response,
      this.exports.headers(kind),
      this.exports.rows(kind, filter),
      sheet,
    ).catch((error: Error) => this.interrupted(kind, error, response));
  }

  private filter(query: RecordFilterQueryDto, user: AuthenticatedUser): ExportFilter {
    const period = reportingPeriod(query.from, query.to);
    return {
      from: period.start,
      to: period.end,
      antennaIds: reportingScope(user, query.antennaId),
      channel: query.channel,
      aidSchemeSlug: query.scheme,
      reasonCode: query.reason,
    };
  }

  private start(
    response: Response,
    kind: ExportKind,
    query: RecordFilterQueryDto,
    extension: string,
    type: string,
    total: number,
  ) {
    response.status(200);
    response.setHeader('Content-Type', type);
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="${kind}_${query.from}_${query.to}.${extension}"`,
    );
    response.setHeader('X-Total-Count', String(total));
    response.setHeader('Access-Control-Expose-Headers', 'X-Total-Count');
    response.setHeader('Cache-Control', 'no-store');
  }

  /** Headers are gone: the only honest signal left is a cut connection. */
  private interrupted(kind: ExportKind, error: Error, response: Response): void {
    this.logger.warn({ kind, err: error.message }, 'export interrupted');
    response.destroy(error);
  }
}

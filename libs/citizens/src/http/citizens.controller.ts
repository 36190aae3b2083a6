import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditAction, Audited } from '@gru/audit';
import {
  AuthenticatedUser,
  CASEWORK_ROLES,
  CurrentUser,
  FRONT_LINE_ROLES,
  REGIONAL_SUPERVISOR_ROLES,
  Role,
  Roles,
} from '@gru/auth';
import { CitizenAccess } from '../citizen-access.service';
import { CitizenDirectory } from '../citizen-directory.service';
import { CitizenMatcher } from '../matching/citizen-matcher.service';
import { CitizenMergeService } from '../merge/citizen-merge.service';
import { CitizenPrivacyService } from '../privacy/citizen-privacy.service';
import { CitizenDto } from './citizen.dto';
import { MatchQueryDto, MergeCitizenDto, UpdateCitizenDto } from './citizen-requests.dto';
import { CreateCitizenDto } from './create-citizen.dto';

function listOf(single: string | undefined, many: string[] | undefined): string[] | undefined {
  if (single === undefined && many === undefined) return undefined;
  return [...(single ? [single] : []), ...(many ?? [])];
}

@ApiTags('citizens')
@ApiBearerAuth()
@Controller('citizens')
export class CitizensController {
  constructor(
    private readonly directory: CitizenDirectory,
    private readonly access: CitizenAccess,
    private readonly matcher: CitizenMatcher,
    private readonly merges: CitizenMergeService,
    private readonly privacy: CitizenPrivacyService,
  ) {}

  @Post()
  @Roles(...FRONT_LINE_ROLES)
  @Audited({ action: AuditAction.Create, resourceType: 'citizen' })
  @ApiCreatedResponse({ type: CitizenDto })
  async create(
    @Body() body: CreateCitizenDto,
  ): Promise<
    CitizenDto & { possibleDuplicates: { id: string; strength: string; matchedOn: string[] }[] }
  > {
    const phones = listOf(body.phone, body.phones);
    const emails = listOf(body.email, body.emails);
    const candidates = await this.matcher.candidates({
      phone: phones?.[0],
      email: emails?.[0],
      firstName: body.firstName,
      lastName: body.lastName,
      postcode: body.postcode,
    });
    const citizen = await this.directory.create({ ...body, phones, emails });
    return {
      ...CitizenDto.of(citizen),
      possibleDuplicates: candidates.map((candidate) => ({
        id: candidate.citizen.id,
        strength: candidate.strength,
        matchedOn: candidate.matchedOn,
      })),
    };
  }

  @Get('triage')
  @Roles(Role.Agent, Role.Manager, Role.Admin)
  @Audited({ action: AuditAction.List, resourceType: 'citizen' })
  async triage(@CurrentUser() user: AuthenticatedUser): Promise<CitizenDto[]> {
    if (this.access.visibleAntennas(user) !== null) return [];
    return (await this.directory.triage()).map((citizen) => CitizenDto.of(citizen));
  }

  @Get('matches')
  @Roles(...FRONT_LINE_ROLES)
  @Audited({ action: AuditAction.List, resourceType: 'citizen' })
  async matches(@Query() query: MatchQueryDto, @CurrentUser() user: AuthenticatedUser) {
    const candidates = await this.matcher.candidates(query);
    const visible = [];
    for (const candidate of candidates) {
      if (await this.access.mayRead(user, candidate.citizen))
        visible.push({
          citizen: CitizenDto.of(candidate.citizen),
          strength: candidate.strength,
          matchedOn: candidate.matchedOn,
        });
    }
    return visible;
  }

  @Get(':id')
  @Roles(...CASEWORK_ROLES)
  @Audited({ action: AuditAction.Read, resourceType: 'citizen', idParam: 'id' })
  @ApiOkResponse({ type: CitizenDto })
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CitizenDto> {
    const citizen = await this.directory.get(id);
    await this.access.assertMayRead(user, citizen);
    return CitizenDto.of(citizen);
  }

  @Patch(':id')
  @Roles(...FRONT_LINE_ROLES)
  @Audited({ action: AuditAction.Update, resourceType: 'citizen', idParam: 'id' })
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateCitizenDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CitizenDto> {
    await this.access.assertMayRead(user, await this.directory.get(id));
    const { after } = await this.directory.update(id, {
      ...body,
      phones: listOf(body.phone, body.phones),
      emails: listOf(body.email, body.emails),
    });
    return CitizenDto.of(after);
  }

  @Post(':id/merge')
  @Roles(...FRONT_LINE_ROLES)
  @Audited({ action: AuditAction.Update, resourceType: 'citizen', idParam: 'id' })
  async merge(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: MergeCitizenDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    await this.access.assertMayRead(user, await this.directory.get(id));
    await this.access.assertMayRead(user, await this.directory.get(body.duplicateId));
    const merge = await this.merges.merge(body.duplicateId, id, user.id);
    return {
      mergeId: merge.id,
      citizen: CitizenDto.of(await this.directory.get(id)),
      moved: merge.moved,
    };
  }

  @Get(':id/export')
  @Roles(...REGIONAL_SUPERVISOR_ROLES)
  @Audited({ action: AuditAction.Export, resourceType: 'citizen', idParam: 'id' })
  export(@Param('id', ParseUUIDPipe) id: string): Promise<Record<string, unknown>> {
    return this.privacy.export(id);
  }

  @Post(':id/anonymise')
  @HttpCode(204)
  @Roles(Role.Admin)
  @Audited({ action: AuditAction.Delete, resourceType: 'citizen', idParam: 'id' })
  async anonymise(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.privacy.anonymise(id);
  }
}

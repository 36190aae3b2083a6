import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
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
import { CitizenMatcher, type MatchCandidate } from '../matching/citizen-matcher.service';
import { CitizenMergeService } from '../merge/citizen-merge.service';
import type { Citizen } from '../persistence/citizen.entity';
import { CitizenPrivacyService } from '../privacy/citizen-privacy.service';
import { CitizenDto } from './citizen.dto';
import { CitizenMatchDto } from './citizen-match.dto';
import { CitizenMergeDto, MergeResultDto } from './citizen-merge.dto';
import { MatchQueryDto, MergeCitizenDto, UpdateCitizenDto } from './citizen-requests.dto';
import { CreateCitizenDto } from './create-citizen.dto';
import { LoadedCitizen } from './loaded-citizen.decorator';

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
  @Audited({
    action: AuditAction.Create,
    resourceType: 'citizen',
    citizensOf: (body) => {
      const created = body as { id: string; possibleDuplicates: { id: string }[] };
      return [created.id, ...created.possibleDuplicates.map((duplicate) => duplicate.id)];
    },
  })
  @ApiCreatedResponse({ type: CitizenDto })
  async create(
    @Body() body: CreateCitizenDto,
    @CurrentUser() user: AuthenticatedUser,
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
    // The same rule as `matches`: a hint names only citizens the caller may already read.
    const possibleDuplicates = [];
    for (const candidate of candidates) {
      if (await this.access.mayRead(user, candidate.citizen))
        possibleDuplicates.push({
          id: candidate.citizen.id,
          strength: candidate.strength,
          matchedOn: candidate.matchedOn,
        });
    }
    return { ...CitizenDto.of(citizen), possibleDuplicates };
  }

  @Get('triage')
  @Roles(Role.Agent, Role.Manager, Role.Admin)
  @Audited({
    action: AuditAction.List,
    resourceType: 'citizen',
    citizensOf: (body) => (body as CitizenDto[]).map((citizen) => citizen.id),
  })
  @ApiOkResponse({ type: CitizenDto, isArray: true })
  async triage(@CurrentUser() user: AuthenticatedUser): Promise<CitizenDto[]> {
    if (this.access.visibleAntennas(user) !== null) return [];
    return (await this.directory.triage()).map((citizen) => CitizenDto.of(citizen));
  }

  @Get('matches')
  @Roles(...FRONT_LINE_ROLES)
  @Audited({
    action: AuditAction.List,
    resourceType: 'citizen',
    citizensOf: (body) => (body as { citizen: CitizenDto }[]).map((match) => match.citizen.id),
  })
  @ApiOkResponse({ type: CitizenMatchDto, isArray: true })
  async matches(
    @Query() query: MatchQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CitizenMatchDto[]> {
    return this.visibleMatches(user, await this.matcher.candidates(query));
  }

  /** A match names only citizens the caller may already read. */
  private async visibleMatches(
    user: AuthenticatedUser,
    candidates: MatchCandidate[],
  ): Promise<CitizenMatchDto[]> {
    const visible: CitizenMatchDto[] = [];
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
  get(@LoadedCitizen() citizen: Citizen): CitizenDto {
    return CitizenDto.of(citizen);
  }

  @Patch(':id')
  @Roles(...FRONT_LINE_ROLES)
  @Audited({ action: AuditAction.Update, resourceType: 'citizen', idParam: 'id' })
  @ApiOkResponse({ type: CitizenDto })
  async update(
    @LoadedCitizen() citizen: Citizen,
    @Body() body: UpdateCitizenDto,
  ): Promise<CitizenDto> {
    const { after } = await this.directory.update(citizen.id, {
      ...body,
      phones: listOf(body.phone, body.phones),
      emails: listOf(body.email, body.emails),
    });
    return CitizenDto.of(after);
  }

  @Get(':id/merge-candidates')
  @Roles(...FRONT_LINE_ROLES)
  @Audited({
    action: AuditAction.List,
    resourceType: 'citizen',
    citizensOf: (body) => (body as CitizenMatchDto[]).map((match) => match.citizen.id),
  })
  @ApiOkResponse({ type: CitizenMatchDto, isArray: true })
  async mergeCandidates(
    @LoadedCitizen() citizen: Citizen,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CitizenMatchDto[]> {
    if (citizen.mergedIntoId || citizen.anonymisedAt) return [];
    return this.visibleMatches(user, await this.matcher.candidatesFor(citizen));
  }

  @Get(':id/merges')
  @Roles(...CASEWORK_ROLES)
  @Audited({ action: AuditAction.Read, resourceType: 'citizen', idParam: 'id' })
  @ApiOkResponse({ type: CitizenMergeDto, isArray: true })
  async mergesOf(@LoadedCitizen() citizen: Citizen): Promise<CitizenMergeDto[]> {
    return (await this.merges.mergesOf(citizen.id)).map((merge) => CitizenMergeDto.of(merge));
  }

  @Post(':id/merge')
  @Roles(...FRONT_LINE_ROLES)
  @Audited({ action: AuditAction.Update, resourceType: 'citizen', idParam: 'id' })
  @ApiCreatedResponse({ type: MergeResultDto })
  async merge(
    @LoadedCitizen() target: Citizen,
    @Body() body: MergeCitizenDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MergeResultDto> {
    // The duplicate comes from the body, not the route: checked here.
    await this.access.assertMayRead(user, await this.directory.get(body.duplicateId));
    const merge = await this.merges.merge(body.duplicateId, target.id, user.id);
    return {
      mergeId: merge.id,
      citizen: CitizenDto.of(await this.directory.get(target.id)),
      moved: merge.moved,
    };
  }

  @Get(':id/export')
  @Roles(...REGIONAL_SUPERVISOR_ROLES)
  @Audited({ action: AuditAction.Export, resourceType: 'citizen', idParam: 'id' })
  @ApiOkResponse({
    description: 'the citizen row and one section per library holding data about them',
    schema: {
      type: 'object',
      required: ['exportedAt', 'citizen'],
      properties: {
        exportedAt: { type: 'string' },
        citizen: { type: 'object', additionalProperties: true },
      },
      additionalProperties: true,
    },
  })
  export(@LoadedCitizen() citizen: Citizen): Promise<Record<string, unknown>> {
    return this.privacy.export(citizen.id);
  }

  @Post(':id/anonymise')
  @HttpCode(204)
  @Roles(Role.Admin)
  @Audited({ action: AuditAction.Delete, resourceType: 'citizen', idParam: 'id' })
  @ApiNoContentResponse({ description: 'anonymised, irreversibly' })
  async anonymise(@LoadedCitizen() citizen: Citizen): Promise<void> {
    await this.privacy.anonymise(citizen.id);
  }
}

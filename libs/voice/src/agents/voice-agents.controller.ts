import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { AuditAction, Audited } from '@gru/audit';
import {
  ANTENNA_SUPERVISOR_ROLES,
  AuthenticatedUser,
  CurrentUser,
  FRONT_LINE_ROLES,
  mayActOnAntenna,
  Roles,
  StaffDirectory,
  worksAcrossAntennas,
} from '@gru/auth';
import { AppConfig } from '@gru/config';
import { AccessDeniedException, DomainException, ErrorCode } from '@gru/errors';
import { IsBoolean, IsEnum, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { AGENT_PRESENCES, AgentPresence, CallDispatcher } from '@gru/call-routing';
import { TerritoryService } from '@gru/territory';
import { PhoneSkillDto } from '../team/phone-skill.dto';
import { voiceAccessToken } from '../twilio/twilio-sdk';
import { DeviceKind } from './voice-agent.entity';
import { clientIdentity, VoiceAgents } from './voice-agents.service';

const TOKEN_TTL_SECONDS = 3600;

class DeviceDto {
  @ApiProperty({ enum: DeviceKind }) @IsEnum(DeviceKind) kind!: DeviceKind;
  @ApiPropertyOptional({ example: '03 22 97 37 37' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phoneNumber?: string;
}

class PresenceDto {
  @ApiProperty({ enum: AGENT_PRESENCES }) @IsIn(AGENT_PRESENCES) presence!: AgentPresence;
}

class SkillDto {
  @ApiProperty() @IsBoolean() phoneSkill!: boolean;
}

@ApiTags('voice')
@ApiBearerAuth()
@Controller('voice')
export class VoiceAgentsController {
  constructor(
    private readonly agents: VoiceAgents,
    private readonly staff: StaffDirectory,
    private readonly config: AppConfig,
    private readonly dispatcher: CallDispatcher,
    private readonly territory: TerritoryService,
  ) {}

  /** Signs the agent in or out of call taking; only agents with the phone skill take calls. */
  @Put('presence')
  @Roles(...FRONT_LINE_ROLES)
  async presence(@Body() body: PresenceDto, @CurrentUser() user: AuthenticatedUser) {
    // Routing would file an agent without an antenna in a shared pool: no antenna takes no calls.
    if (!user.antennaId && !worksAcrossAntennas(user))
      throw new AccessDeniedException("Votre compte n'est rattaché à aucune antenne.");
    const profile = await this.agents.profile(user.id);
    await this.dispatcher.registerAgent({
      userId: user.id,
      antennaId: user.antennaId,
      mobileTeam: user.mobileTeam,
      phoneSkill: profile.phoneSkill,
    });
    return {
      presence: await this.dispatcher.setPresence(user.id, body.presence),
      phoneSkill: profile.phoneSkill,
    };
  }

  @Get('me')
  @Roles(...FRONT_LINE_ROLES)
  me(@CurrentUser() user: AuthenticatedUser) {
    return this.agents.profile(user.id);
  }

  @Put('me/device')
  @Roles(...FRONT_LINE_ROLES)
  device(@Body() body: DeviceDto, @CurrentUser() user: AuthenticatedUser) {
    return this.agents.setDevice(user.id, body.kind, body.phoneNumber);
  }

  /** Antenna managers grant the phone skill to their own staff; managers and admins to anyone. */
  @Put('agents/:userId/skill')
  @Roles(...ANTENNA_SUPERVISOR_ROLES)
  @Audited({ action: AuditAction.Update, resourceType: 'voice-agent', idParam: 'userId' })
  @ApiOkResponse({ type: PhoneSkillDto })
  async skill(
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() body: SkillDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    const member = await this.staff.get(userId);
    const antenna =
      member.antennaId ?? (member.mobileTeam ? this.territory.index.mobileTeam().id : '');
    if (!mayActOnAntenna(user, antenna))
      throw new AccessDeniedException("Cet agent n'est pas dans votre antenne.");
    return PhoneSkillDto.of(await this.agents.setSkill(userId, body.phoneSkill));
  }

  /** The browser softphone's access token (Twilio Voice SDK); only agents with the phone skill get one. */
  @Get('token')
  @Roles(...FRONT_LINE_ROLES)
  async token(@CurrentUser() user: AuthenticatedUser) {
    const profile = await this.agents.profile(user.id);
    if (!profile.phoneSkill)
      throw new AccessDeniedException("Vous n'êtes pas habilité à prendre des appels.");
    const { accountSid, apiKeySid, apiKeySecret, twimlAppSid } = this.config.values.twilio;
    if (!accountSid || !apiKeySid || !apiKeySecret || !twimlAppSid) {
      throw new DomainException(
        ErrorCode.DependencyUnavailable,
        'Téléphonie non configurée (TWILIO_API_KEY_SID, TWILIO_API_KEY_SECRET, TWILIO_TWIML_APP_SID).',
      );
    }
    const identity = clientIdentity(user.id);
    return {
      identity,
      expiresIn: TOKEN_TTL_SECONDS,
      token: voiceAccessToken({
        accountSid,
        apiKeySid,
        apiKeySecret,
        twimlAppSid,
        identity,
        ttlSeconds: TOKEN_TTL_SECONDS,
      }),
    };
  }
}

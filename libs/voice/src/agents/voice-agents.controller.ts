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
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { CallDispatcher } from '@gru/call-routing';
import { TerritoryService } from '@gru/territory';
import { PresenceLog } from '../presence/presence-log.service';
import { PhoneSkillDto } from '../team/phone-skill.dto';
import { voiceAccessToken } from '../twilio/twilio-sdk';
import {
  PresenceDto,
  PresenceStateDto,
  VoiceAgentDto,
  VoiceMeDto,
  VoiceTokenDto,
} from './voice-agent.dto';
import { DeviceKind, VoiceAgent } from './voice-agent.entity';
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
    private readonly presenceLog: PresenceLog,
  ) {}

  /** Signs the agent in or out of call taking; only agents with the phone skill take calls. */
  @Put('presence')
  @Roles(...FRONT_LINE_ROLES)
  @ApiOkResponse({ type: PresenceStateDto })
  async presence(
    @Body() body: PresenceDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PresenceStateDto> {
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
    const presence = await this.dispatcher.setPresence(user.id, body.presence);
    // Reporting's staffed time: the pool the agent takes calls for, as the routing files them.
    const group = user.mobileTeam ? this.territory.index.mobileTeam().id : user.antennaId;
    if (group) await this.presenceLog.changed(user.id, group, presence);
    return { presence, phoneSkill: profile.phoneSkill };
  }

  /** The profile, the telephony mode, and the routing's view of the agent (presence, call, wrap-up). */
  @Get('me')
  @Roles(...FRONT_LINE_ROLES)
  @ApiOkResponse({ type: VoiceMeDto })
  async me(@CurrentUser() user: AuthenticatedUser): Promise<VoiceMeDto> {
    const [profile, routing] = await Promise.all([
      this.agents.profile(user.id),
      this.dispatcher.engine.reader.agent(user.id),
    ]);
    return {
      ...agentDto(profile),
      telephony: this.config.values.twilio.telephony,
      presence: routing?.state ?? 'offline',
      callSid: routing?.callSid ?? null,
      wrapUpUntil:
        routing?.state === 'wrap_up' && routing.wrapUpUntil !== null
          ? new Date(routing.wrapUpUntil).toISOString()
          : null,
    };
  }

  @Put('me/device')
  @Roles(...FRONT_LINE_ROLES)
  @ApiOkResponse({ type: VoiceAgentDto })
  async device(
    @Body() body: DeviceDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<VoiceAgentDto> {
    return agentDto(await this.agents.setDevice(user.id, body.kind, body.phoneNumber));
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
  @ApiOkResponse({ type: VoiceTokenDto })
  async token(@CurrentUser() user: AuthenticatedUser): Promise<VoiceTokenDto> {
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

function agentDto(agent: VoiceAgent): VoiceAgentDto {
  return {
    userId: agent.userId,
    phoneSkill: agent.phoneSkill,
    deviceKind: agent.deviceKind,
    phoneNumber: agent.phoneNumber,
  };
}

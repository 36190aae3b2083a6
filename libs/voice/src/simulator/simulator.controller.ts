import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, FRONT_LINE_ROLES, Roles } from '@gru/auth';
import { SimulatedCallControl } from './simulated-call-control.service';
import { SimulatedCallPlacement } from './simulated-call-placement.service';
import { SimulatorEnabledGuard } from './simulator-enabled.guard';
import { PlaceSimulatedCallDto, SimulatedCallDto } from './simulator.dto';

/**
 * Calls without Twilio, for the demo (`VOICE_TELEPHONY=simulated`; 404 otherwise). Answer, hang up
 * and decline belong to the agent the call is offered or connected to.
 */
@ApiTags('voice')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: "Simulateur d'appels désactivé (VOICE_TELEPHONY=twilio)" })
@UseGuards(SimulatorEnabledGuard)
@Controller('voice/simulator/calls')
export class SimulatorController {
  constructor(
    private readonly placement: SimulatedCallPlacement,
    private readonly control: SimulatedCallControl,
  ) {}

  @Post()
  @Roles(...FRONT_LINE_ROLES)
  @ApiCreatedResponse({ type: SimulatedCallDto })
  place(
    @Body() body: PlaceSimulatedCallDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SimulatedCallDto> {
    return this.placement.place(body, user);
  }

  @Post(':callSid/answer')
  @HttpCode(200)
  @Roles(...FRONT_LINE_ROLES)
  @ApiOkResponse({ type: SimulatedCallDto })
  answer(
    @Param('callSid') callSid: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SimulatedCallDto> {
    return this.control.answer(callSid, user);
  }

  @Post(':callSid/hangup')
  @HttpCode(200)
  @Roles(...FRONT_LINE_ROLES)
  @ApiOkResponse({ type: SimulatedCallDto })
  hangup(
    @Param('callSid') callSid: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SimulatedCallDto> {
    return this.control.hangup(callSid, user);
  }

  @Post(':callSid/decline')
  @HttpCode(200)
  @Roles(...FRONT_LINE_ROLES)
  @ApiOkResponse({ type: SimulatedCallDto })
  decline(
    @Param('callSid') callSid: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SimulatedCallDto> {
    return this.control.decline(callSid, user);
  }
}

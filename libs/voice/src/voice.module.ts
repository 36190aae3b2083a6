import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffAccountsModule } from '@gru/auth';
import { AuditModule } from '@gru/audit';
import { ConfigModule } from '@gru/config';
import { CitizensModule } from '@gru/citizens';
import { RequestsModule } from '@gru/requests';
import { TerritoryModule } from '@gru/territory';
import { VoiceAgent } from './agents/voice-agent.entity';
import { CallbackDesk } from './callbacks/callback-desk.service';
import { CallbacksController } from './callbacks/callbacks.controller';
import { VoiceAgentsController } from './agents/voice-agents.controller';
import { VoiceAgents } from './agents/voice-agents.service';
import { CallIntake } from './ivr/call-intake.service';
import { EventStreamRegistry } from './screen-pop/event-stream-registry.service';
import { RoutingAccountSync } from './agents/routing-account-sync.service';
import { CurrentCall } from './screen-pop/current-call.service';
import { ScreenPopHub } from './screen-pop/screen-pop-hub.service';
import { ScreenPopController } from './screen-pop/screen-pop.controller';
import { VoiceSettingsService } from './voice-settings.service';
import { CallQueuePort } from './ivr/call-queue.port';
import { AgentConnection } from './routing/agent-connection.service';
import { RoutingCallQueue } from './routing/routing-call-queue';
import { VoiceTelephonyModule } from './voice-telephony.module';
import { VoicePresenceModule } from './presence/voice-presence.module';
import { LiveBoardController } from './live/live-board.controller';
import { LiveBoardHub } from './live/live-board-hub.service';
import { LiveBoardService } from './live/live-board.service';
import { PhoneSkillsController } from './team/phone-skills.controller';
import { CallRoutingModule } from '@gru/call-routing';
import { IvrRouting } from './ivr/ivr-routing.service';
import { IvrTwiml } from './ivr/ivr-twiml';
import { IvrController } from './ivr/ivr.controller';
import { VoiceErrorFilter } from './ivr/voice-error.filter';
import { TwilioSignatureGuard } from './twilio/twilio-signature.guard';
import { SimulatedCallControl } from './simulator/simulated-call-control.service';
import { SimulatedCallPlacement } from './simulator/simulated-call-placement.service';
import { SimulatedCalls } from './simulator/simulated-calls.service';
import { SimulatorController } from './simulator/simulator.controller';
import { SimulatorEnabledGuard } from './simulator/simulator-enabled.guard';

/** The free number: Twilio webhooks, the postcode IVR and the hand-over to call routing. */
@Module({
  imports: [
    ConfigModule.forFeature(['http', 'twilio'], 'VoiceModule'),
    TypeOrmModule.forFeature([VoiceAgent]),
    TerritoryModule,
    CitizensModule,
    RequestsModule,
    AuditModule,
    StaffAccountsModule,
    VoiceTelephonyModule,
    VoicePresenceModule,
    CallRoutingModule.forRoot({ offers: VoiceTelephonyModule }),
  ],
  controllers: [
    IvrController,
    VoiceAgentsController,
    ScreenPopController,
    CallbacksController,
    LiveBoardController,
    PhoneSkillsController,
    SimulatorController,
  ],
  providers: [
    VoiceSettingsService,
    ScreenPopHub,
    CurrentCall,
    EventStreamRegistry,
    VoiceAgents,
    RoutingAccountSync,
    IvrTwiml,
    AgentConnection,
    CallbackDesk,
    IvrRouting,
    CallIntake,
    TwilioSignatureGuard,
    VoiceErrorFilter,
    SimulatedCalls,
    SimulatedCallPlacement,
    SimulatedCallControl,
    SimulatorEnabledGuard,
    { provide: CallQueuePort, useClass: RoutingCallQueue },
    LiveBoardService,
    LiveBoardHub,
  ],
  exports: [IvrTwiml, VoiceAgents],
})
export class VoiceModule {}

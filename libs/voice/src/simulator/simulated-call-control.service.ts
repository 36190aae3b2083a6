import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '@gru/auth';
import type { StoredCall } from '@gru/call-routing';
import { AccessDeniedException, DomainException, ErrorCode } from '@gru/errors';
import { CallIntake } from '../ivr/call-intake.service';
import { AgentConnection } from '../routing/agent-connection.service';
import { ScreenPopService } from '../screen-pop/screen-pop.service';
import { SimulatedCalls } from './simulated-calls.service';
import { SimulatedCallDto } from './simulator.dto';

/**
 * The agent's and the caller's actions on a simulated call, through the services Twilio's
 * callbacks drive: answer (the agent leg's `answered`), hang up (the dial ending `completed`,
 * then the call's `completed` status), decline (a no-answer).
 */
@Injectable()
export class SimulatedCallControl {
  constructor(
    private readonly calls: SimulatedCalls,
    private readonly connection: AgentConnection,
    private readonly intake: CallIntake,
    private readonly screenPops: ScreenPopService,
  ) {}

  async answer(callSid: string, user: AuthenticatedUser): Promise<SimulatedCallDto> {
    const { call } = await this.calls.routed(callSid);
    this.assertOfferedTo(call, user);
    await this.connection.agentAnswered(callSid, user.id);
    const answered = await this.calls.describe(callSid);
    if (answered.status !== 'connected')
      throw new DomainException(ErrorCode.Conflict, 'Cet appel ne vous est plus proposé.', {
        status: answered.status,
      });
    return answered;
  }

  async decline(callSid: string, user: AuthenticatedUser): Promise<SimulatedCallDto> {
    const { call } = await this.calls.routed(callSid);
    this.assertOfferedTo(call, user);
    await this.connection.dialEnded(callSid, user.id, 'no-answer');
    return this.calls.describe(callSid);
  }

  /** The agent ends the conversation; before an answer, the one who placed the call hangs up as the caller. */
  async hangup(callSid: string, user: AuthenticatedUser): Promise<SimulatedCallDto> {
    const { call, context } = await this.calls.routed(callSid);
    const durationSeconds = Math.round((Date.now() - call.arrivedAt) / 1000);
    if (call.status === 'connected') {
      if (call.agentId !== user.id)
        throw new AccessDeniedException("Cet appel n'est pas en communication avec vous.");
      await this.connection.dialEnded(callSid, user.id, 'completed');
      await this.intake.ended(callSid, 'completed', durationSeconds);
      return this.calls.describe(callSid);
    }
    if (call.status === 'waiting' || call.status === 'offered') {
      if (context.simulatedBy !== user.id)
        throw new AccessDeniedException(
          "Seul l'agent en communication ou la personne qui a passé l'appel peut raccrocher.",
        );
      await this.intake.ended(callSid, 'completed', durationSeconds);
      if (call.status === 'offered' && call.agentId)
        await this.screenPops.notifyCallEnded(call.agentId, callSid);
      return this.calls.describe(callSid);
    }
    throw new DomainException(ErrorCode.Conflict, 'Cet appel est déjà terminé.', {
      status: call.status,
    });
  }

  private assertOfferedTo(call: StoredCall, user: AuthenticatedUser): void {
    if (call.agentId !== user.id)
      throw new AccessDeniedException('Cet appel ne vous est pas proposé.');
    if (call.status !== 'offered')
      throw new DomainException(ErrorCode.Conflict, 'Cet appel ne vous est plus proposé.', {
        status: call.status,
      });
  }
}

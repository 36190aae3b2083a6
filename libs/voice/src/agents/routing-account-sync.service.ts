import { Injectable, OnModuleInit } from '@nestjs/common';
import { StaffAccountChange, StaffAccountEvents } from '@gru/auth';
import { CallDispatcher } from '@gru/call-routing';
import { TerritoryService } from '@gru/territory';
import { PresenceLog } from '../presence/presence-log.service';

/**
 * Keeps the call routing in line with the accounts: a closed account is signed out of call taking
 * (no call is offered to someone who can no longer sign in), and one moved to another antenna or
 * to the mobile team takes calls for its new pool from now on.
 */
@Injectable()
export class RoutingAccountSync implements OnModuleInit {
  constructor(
    private readonly events: StaffAccountEvents,
    private readonly dispatcher: CallDispatcher,
    private readonly presenceLog: PresenceLog,
    private readonly territory: TerritoryService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe((change) => this.apply(change));
  }

  private async apply({ account }: StaffAccountChange): Promise<void> {
    const agent = await this.dispatcher.engine.reader.agent(account.id);
    if (!agent) return;
    if (!account.active) {
      const presence = await this.dispatcher.setPresence(account.id, 'offline');
      await this.presenceLog.changed(account.id, agent.group, presence);
      return;
    }
    await this.dispatcher.registerAgent({
      userId: account.id,
      antennaId: account.antennaId,
      mobileTeam: account.mobileTeam,
      phoneSkill: agent.phoneSkill,
    });
    const group = account.mobileTeam ? this.territory.index.mobileTeam().id : account.antennaId;
    if (group && group !== agent.group)
      await this.presenceLog.changed(account.id, group, agent.state);
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { AuthenticatedUser, mayActOnAntenna, StaffDirectory, worksAcrossAntennas } from '@gru/auth';
import { CallDispatcher, groupOf, parisDay } from '@gru/call-routing';
import { AccessDeniedException, NotFoundException } from '@gru/errors';
import { PhoneActivityReader } from '@gru/requests';
import { TerritoryService } from '@gru/territory';
import { ComputedBoard, liveBoardOf } from './live-board-of';

/** The rows a reader may see; null: every row. */
export type BoardScope = readonly string[] | null;

/**
 * The free number's live board: the routing state from Redis, the Paris day's figures from the
 * phone contacts, the callbacks due from the requests; one computation serves every reader.
 */
@Injectable()
export class LiveBoardService {
  private readonly logger = new Logger(LiveBoardService.name);

  constructor(
    private readonly dispatcher: CallDispatcher,
    private readonly activity: PhoneActivityReader,
    private readonly territory: TerritoryService,
    private readonly staff: StaffDirectory,
  ) {}

  /**
   * Managers and admins see every row, or the one asked for; antenna staff only their antenna's
   * (another one is refused, through the shared antenna rule).
   */
  scopeOf(user: AuthenticatedUser, antennaId?: string): BoardScope {
    if (antennaId) {
      if (!mayActOnAntenna(user, antennaId))
        throw new AccessDeniedException("Cette antenne n'est pas dans votre périmètre.");
      if (!this.rows().some((row) => row.id === antennaId))
        throw new NotFoundException('antenne', antennaId);
      return [antennaId];
    }
    if (worksAcrossAntennas(user)) return null;
    if (!user.antennaId)
      throw new AccessDeniedException("Votre compte n'est rattaché à aucune antenne.");
    return [user.antennaId];
  }

  async compute(now = new Date()): Promise<ComputedBoard> {
    const { start } = parisDay(now.getTime());
    // 30 h later is always the next Paris day, whatever the clock change.
    const end = new Date(parisDay(start + 30 * 3600_000).start);
    const [board, activity, callbacks] = await Promise.all([
      this.dispatcher.snapshot(now),
      this.activity.inboundCalls(new Date(start), end),
      this.activity.callbacksDue(end),
    ]);
    const topology = this.dispatcher.engine.plan.topology;
    const agentGroups = new Map(board.agents.map((agent) => [agent.userId, agent.group]));
    for (const row of activity) {
      const userId = row.agentUserId;
      if (userId === null || agentGroups.has(userId)) continue;
      // An agent who answered today but is no longer in the routing state: ask their account.
      const member = await this.staff.get(userId).catch((error: Error) => {
        this.logger.warn({ userId, err: error.message }, 'agent of a contact not found');
        return null;
      });
      if (member) agentGroups.set(userId, groupOf(member, topology));
    }
    return liveBoardOf({ board, topology, rows: this.rows(), activity, agentGroups, callbacks });
  }

  private rows(): { id: string; name: string }[] {
    const index = this.territory.index;
    const mobileTeam = index.mobileTeam();
    return [
      ...index
        .antennas()
        .filter((holder) => holder.kind === 'antenna')
        .map(({ id, name }) => ({ id, name })),
      { id: mobileTeam.id, name: mobileTeam.name },
    ];
  }
}

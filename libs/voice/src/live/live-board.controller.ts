import { Controller, Get, MessageEvent, Query, Req, Sse } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ANTENNA_SUPERVISOR_ROLES, AuthenticatedUser, CurrentUser, Roles } from '@gru/auth';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { accessTokenExpiry } from '../screen-pop/access-token-expiry';
import { EventStreamRegistry } from '../screen-pop/event-stream-registry.service';
import { scopeBoard } from './live-board-of';
import { LiveBoardDto } from './live-board.dto';
import { LiveBoardHub } from './live-board-hub.service';
import { LiveBoardService } from './live-board.service';

const ANTENNA_QUERY = {
  name: 'antennaId',
  required: false,
  description: "One row only: an antenna's id or the mobile team's (antenna managers: their own)",
};

/**
 * The free number's live board for supervisors: managers and admins see every antenna, antenna
 * managers their own. No caller number and no citizen in it: figures only, not audited as a read.
 */
@ApiTags('voice')
@ApiBearerAuth()
@Controller('voice/live')
export class LiveBoardController {
  constructor(
    private readonly boards: LiveBoardService,
    private readonly hub: LiveBoardHub,
    private readonly streams: EventStreamRegistry,
  ) {}

  @Get()
  @Roles(...ANTENNA_SUPERVISOR_ROLES)
  @ApiQuery(ANTENNA_QUERY)
  @ApiOkResponse({ type: LiveBoardDto })
  async board(
    @CurrentUser() user: AuthenticatedUser,
    @Query('antennaId') antennaId?: string,
  ): Promise<LiveBoardDto> {
    const scope = this.boards.scopeOf(user, antennaId);
    return scopeBoard(await this.boards.compute(), scope);
  }

  /**
   * `snapshot` events carrying the board (same scope and shape as `GET /api/voice/live`): at once,
   * then whenever the routing state changes (at most twice a second) and every 5 s. The stream ends
   * when the access token expires; the client reconnects with a fresh one.
   */
  @Sse('events')
  @Roles(...ANTENNA_SUPERVISOR_ROLES)
  @ApiQuery(ANTENNA_QUERY)
  events(
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
    @Query('antennaId') antennaId?: string,
  ): Observable<MessageEvent> {
    const scope = this.boards.scopeOf(user, antennaId);
    const lease = this.streams.lease(user.id, accessTokenExpiry(request));
    (request.res ?? request.socket).once('close', () => lease.release());
    return new Observable<MessageEvent>((subscriber) => {
      let stop: (() => void) | undefined;
      let ended = false;
      lease.onEnd(() => subscriber.complete());
      this.hub
        .watch(scope, (board) => subscriber.next({ type: 'snapshot', data: board }))
        .then(
          (unwatch) => {
            if (ended) return unwatch();
            stop = unwatch;
          },
          (error: Error) => subscriber.error(error),
        );
      return () => {
        ended = true;
        stop?.();
        lease.release();
      };
    });
  }
}

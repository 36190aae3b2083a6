import { Controller, MessageEvent, Req, Sse } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { AuditAction, Audited } from '@gru/audit';
import { AuthenticatedUser, CurrentUser, FRONT_LINE_ROLES, Roles } from '@gru/auth';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { accessTokenExpiry } from './access-token-expiry';
import { CurrentCall } from './current-call.service';
import { EventStreamRegistry } from './event-stream-registry.service';
import { ScreenPopHub } from './screen-pop-hub.service';
import { CallEndedDto, OfferLapsedDto, ScreenPopDto } from './screen-pop.dto';
import { ScreenPopService } from './screen-pop.service';

/**
 * The agent's event stream (Server-Sent Events): the call the agent already has, then `screen-pop` for each call offered, `offer-lapsed` when one went unanswered.
 * It ends when the access token expires or the account is disabled; the client reconnects with a fresh token.
 */
@ApiTags('voice')
@ApiBearerAuth()
@ApiExtraModels(ScreenPopDto, OfferLapsedDto, CallEndedDto)
@Controller('voice/events')
export class ScreenPopController {
  constructor(
    private readonly hub: ScreenPopHub,
    private readonly streams: EventStreamRegistry,
    private readonly screenPops: ScreenPopService,
    private readonly currentCall: CurrentCall,
  ) {}

  @Sse()
  @Roles(...FRONT_LINE_ROLES)
  @ApiOkResponse({
    description:
      'Server-Sent Events: the call the agent already has as a `screen-pop` (phase `ringing`, `connected` or `wrap-up`), `ready`, then `screen-pop` (ScreenPopDto) for each call offered, `offer-lapsed` (OfferLapsedDto) and `call-ended` (CallEndedDto).',
    content: {
      'text/event-stream': {
        schema: {
          oneOf: [
            { $ref: getSchemaPath(ScreenPopDto) },
            { $ref: getSchemaPath(OfferLapsedDto) },
            { $ref: getSchemaPath(CallEndedDto) },
          ],
        },
      },
    },
  })
  @Audited({ action: AuditAction.Read, resourceType: 'screen-pop' })
  events(
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
  ): Observable<MessageEvent> {
    const lease = this.streams.lease(user.id, accessTokenExpiry(request));
    // Released however the stream ends, even if it never started (client gone during setup).
    (request.res ?? request.socket).once('close', () => lease.release());
    return new Observable<MessageEvent>((subscriber) => {
      let stop: (() => void) | undefined;
      let ended = false;
      lease.onEnd(() => subscriber.complete());
      this.hub
        .listen(this.screenPops.channelOf(user.id), (message) =>
          subscriber.next({ type: message.event, data: message.data as object }),
        )
        .then(
          (unsubscribe) => {
            if (ended) return unsubscribe();
            stop = unsubscribe;
            // Subscribed first, so a call offered meanwhile is popped live and never missed; the
            // call the agent already has comes before `ready` (it never fails: none is none).
            void this.currentCall.of(user.id).then((pop) => {
              if (ended) return;
              if (pop) subscriber.next({ type: 'screen-pop', data: pop });
              subscriber.next({ type: 'ready', data: { agentUserId: user.id } });
            });
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

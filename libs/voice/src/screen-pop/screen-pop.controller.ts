import { Controller, MessageEvent, OnApplicationShutdown, Sse } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuditAction, Audited } from '@gru/audit';
import { AuthenticatedUser, CurrentUser, FRONT_LINE_ROLES, Roles } from '@gru/auth';
import { RedisConnection } from '@gru/redis';
import type Redis from 'ioredis';
import { Observable } from 'rxjs';
import { ScreenPopService } from './screen-pop.service';

/** The agent's event stream (Server-Sent Events): `screen-pop` for each call offered, `offer-lapsed` when one went unanswered. */
@ApiTags('voice')
@ApiBearerAuth()
@Controller('voice/events')
export class ScreenPopController implements OnApplicationShutdown {
  private readonly subscribers = new Set<Redis>();

  constructor(
    private readonly redis: RedisConnection,
    private readonly screenPops: ScreenPopService,
  ) {}

  @Sse()
  @Roles(...FRONT_LINE_ROLES)
  @Audited({ action: AuditAction.Read, resourceType: 'screen-pop' })
  events(@CurrentUser() user: AuthenticatedUser): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      const connection = this.redis.client.duplicate({ connectionName: 'gru-screen-pop' });
      this.subscribers.add(connection);
      connection.on('error', () => undefined);
      connection.on('message', (_channel: string, payload: string) => {
        const message = JSON.parse(payload) as { event: string; data: unknown };
        subscriber.next({ type: message.event, data: message.data as object });
      });
      connection.subscribe(this.screenPops.channelOf(user.id)).then(
        () => subscriber.next({ type: 'ready', data: { agentUserId: user.id } }),
        (error: Error) => subscriber.error(error),
      );
      return () => {
        this.subscribers.delete(connection);
        connection.disconnect();
      };
    });
  }

  onApplicationShutdown(): void {
    for (const connection of this.subscribers) connection.disconnect();
  }
}

import { Injectable, Logger } from '@nestjs/common';
import type { User } from './user.entity';

export interface StaffAccountChange {
  /** The account as it is now. */
  readonly account: User;
  /** What it was before the change. */
  readonly before: Pick<User, 'role' | 'antennaId' | 'mobileTeam' | 'active'>;
}

type Listener = (change: StaffAccountChange) => Promise<void>;

/**
 * Tells the features that keep state about an account (the call routing's agents) that an
 * administrator changed or closed it. In process: the change is made by the API process, which
 * reaches the shared state (Redis, PostgreSQL) itself. A listener's failure never undoes the change.
 */
@Injectable()
export class StaffAccountEvents {
  private readonly logger = new Logger(StaffAccountEvents.name);
  private readonly listeners: Listener[] = [];

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }

  async changed(change: StaffAccountChange): Promise<void> {
    await Promise.all(
      this.listeners.map((listener) =>
        listener(change).catch((error: Error) =>
          this.logger.warn(
            { userId: change.account.id, err: error.message },
            'staff account change not applied everywhere',
          ),
        ),
      ),
    );
  }
}

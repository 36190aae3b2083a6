import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { PresencePeriod } from './presence-period.entity';

/** Records each presence an agent chooses: closes the open period and opens the next one. */
@Injectable()
export class PresenceLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async changed(userId: string, groupId: string, presence: string, at = new Date()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Serialises one agent's changes, so two at once cannot leave two open periods.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`presence:${userId}`]);
      const open = await manager.findOne(PresencePeriod, {
        where: { userId, endedAt: IsNull() },
        order: { startedAt: 'DESC' },
      });
      if (open) {
        if (open.presence === presence && open.groupId === groupId) return;
        await manager.update(PresencePeriod, { id: open.id }, { endedAt: at });
      }
      await manager.insert(PresencePeriod, {
        userId,
        groupId,
        presence,
        startedAt: at,
        endedAt: null,
      });
    });
  }
}

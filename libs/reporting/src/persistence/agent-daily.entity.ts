import { Entity, Index, PrimaryColumn } from 'typeorm';
import { AgentMeasures } from './rollup-measures';

/**
 * reporting_agent_hourly summed per Paris day, agent and pool: an agent who changed pool during
 * the day has a row for each, so that figures per antenna stay exact.
 */
@Entity({ name: 'reporting_agent_daily' })
@Index('reporting_agent_daily_group_idx', ['groupId', 'day'])
export class AgentDaily extends AgentMeasures {
  @PrimaryColumn({ type: 'date' }) day!: string;
  @PrimaryColumn({ name: 'agent_user_id', type: 'uuid' }) agentUserId!: string;
  @PrimaryColumn({ name: 'group_id', type: 'varchar', length: 64 }) groupId!: string;
}

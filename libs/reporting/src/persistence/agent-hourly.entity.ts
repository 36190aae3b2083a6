import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { AgentMeasures } from './rollup-measures';

/** One agent's hour: staffed phone time, calls handled, talk time, front-desk visits. */
@Entity({ name: 'reporting_agent_hourly' })
@Index('reporting_agent_hourly_group_idx', ['groupId', 'hour'])
export class AgentHourly extends AgentMeasures {
  @PrimaryColumn({ type: 'timestamptz' }) hour!: Date;
  @PrimaryColumn({ name: 'agent_user_id', type: 'uuid' }) agentUserId!: string;
  /** The agent's antenna or the mobile team's id ('' when unknown). */
  @Column({ name: 'group_id', type: 'varchar', length: 64 }) groupId!: string;
}

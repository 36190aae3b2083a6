import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * reporting_agent_hourly summed per Paris day, agent and pool: an agent who changed pool during
 * the day has a row for each, so that figures per antenna stay exact.
 */
@Entity({ name: 'reporting_agent_daily' })
@Index('reporting_agent_daily_group_idx', ['groupId', 'day'])
export class AgentDaily {
  @PrimaryColumn({ type: 'date' }) day!: string;
  @PrimaryColumn({ name: 'agent_user_id', type: 'uuid' }) agentUserId!: string;
  @PrimaryColumn({ name: 'group_id', type: 'varchar', length: 64 }) groupId!: string;
  @Column({ name: 'staffed_seconds', type: 'double precision' }) staffedSeconds!: number;
  @Column({ name: 'calls_handled', type: 'int' }) callsHandled!: number;
  @Column({ name: 'phone_contacts', type: 'int' }) phoneContacts!: number;
  @Column({ name: 'talk_seconds', type: 'double precision' }) talkSeconds!: number;
  @Column({ type: 'int' }) visits!: number;
  @Column({ name: 'visit_seconds', type: 'double precision' }) visitSeconds!: number;
}

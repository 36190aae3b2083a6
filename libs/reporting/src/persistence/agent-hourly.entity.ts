import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One agent's hour: staffed phone time, calls handled, talk time, front-desk visits. */
@Entity({ name: 'reporting_agent_hourly' })
@Index('reporting_agent_hourly_group_idx', ['groupId', 'hour'])
export class AgentHourly {
  @PrimaryColumn({ type: 'timestamptz' }) hour!: Date;
  @PrimaryColumn({ name: 'agent_user_id', type: 'uuid' }) agentUserId!: string;
  /** The agent's antenna or the mobile team's id ('' when unknown). */
  @Column({ name: 'group_id', type: 'varchar', length: 64 }) groupId!: string;
  @Column({ name: 'staffed_seconds', type: 'double precision' }) staffedSeconds!: number;
  /** Inbound free-number calls the agent answered (the simulation's "handled"). */
  @Column({ name: 'calls_handled', type: 'int' }) callsHandled!: number;
  /** Every phone contact of the agent, callbacks included, and its talk time. */
  @Column({ name: 'phone_contacts', type: 'int' }) phoneContacts!: number;
  @Column({ name: 'talk_seconds', type: 'double precision' }) talkSeconds!: number;
  @Column({ type: 'int' }) visits!: number;
  @Column({ name: 'visit_seconds', type: 'double precision' }) visitSeconds!: number;
}

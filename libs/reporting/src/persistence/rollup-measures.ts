import { Column } from 'typeorm';

/*
 * The figures a rollup sums, shared by its hourly, daily (and monthly) tables: each entity extends
 * its family's class and adds its time column and keys.
 */

export abstract class RequestMeasures {
  @Column({ type: 'int' }) opened!: number;
  @Column({ type: 'int' }) resolved!: number;
  @Column({ name: 'sla_met', type: 'int' }) slaMet!: number;
  @Column({ name: 'sla_missed', type: 'int' }) slaMissed!: number;
  @Column({ name: 'callbacks_due', type: 'int' }) callbacksDue!: number;
  @Column({ name: 'callbacks_kept', type: 'int' }) callbacksKept!: number;
}

export abstract class VoiceMeasures {
  @Column({ type: 'int' }) offered!: number;
  @Column({ type: 'int' }) answered!: number;
  @Column({ name: 'answered_within_20s', type: 'int' }) answeredWithin20s!: number;
  @Column({ type: 'int' }) abandoned!: number;
  @Column({ name: 'abandon_wait_seconds', type: 'double precision' }) abandonWaitSeconds!: number;
  @Column({ type: 'int' }) callbacks!: number;
  @Column({ type: 'int' }) overflowed!: number;
  /** Answered by an agent of the caller's own pool. */
  @Column({ name: 'own_answered', type: 'int' }) ownAnswered!: number;
  @Column({ name: 'wait_seconds', type: 'double precision' }) waitSeconds!: number;
}

export abstract class AgentMeasures {
  @Column({ name: 'staffed_seconds', type: 'double precision' }) staffedSeconds!: number;
  /** Inbound free-number calls the agent answered (the simulation's "handled"). */
  @Column({ name: 'calls_handled', type: 'int' }) callsHandled!: number;
  /** Every phone contact of the agent, callbacks included, and its talk time. */
  @Column({ name: 'phone_contacts', type: 'int' }) phoneContacts!: number;
  @Column({ name: 'talk_seconds', type: 'double precision' }) talkSeconds!: number;
  @Column({ type: 'int' }) visits!: number;
  @Column({ name: 'visit_seconds', type: 'double precision' }) visitSeconds!: number;
}

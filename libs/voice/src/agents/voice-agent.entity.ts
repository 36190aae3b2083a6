import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export enum DeviceKind {
  /** The Twilio Voice SDK in the agent's browser, reached as `client:<identity>`. */
  Browser = 'browser',
  /** A desk or mobile phone, reached by its number. */
  Phone = 'phone',
}

/** A staff member's telephony profile: whether they take calls, and on which device. */
@Entity({ name: 'voice_agents' })
export class VoiceAgent {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'phone_skill', type: 'boolean', default: false })
  phoneSkill!: boolean;

  @Column({
    name: 'device_kind',
    type: 'enum',
    enum: DeviceKind,
    enumName: 'voice_device_kind',
    default: DeviceKind.Browser,
  })
  deviceKind!: DeviceKind;

  @Column({ name: 'phone_number', type: 'varchar', length: 20, nullable: true })
  phoneNumber!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

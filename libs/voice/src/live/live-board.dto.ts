import { ApiProperty } from '@nestjs/swagger';
import type { RoutingPool } from '@gru/call-routing';

const POOLS: readonly RoutingPool[] = [
  'own-antenna',
  'paired-antennas-and-mobile-team',
  'mobile-team',
  'region',
];

export class StepCountDto {
  @ApiProperty({ description: "Index in the call's route: 0 is the caller's own pool" })
  step!: number;
  @ApiProperty() count!: number;
}

/** Phone agents (phone skill) by presence; `ringing` is an offer ringing on their device. */
export class AgentPresenceCountsDto {
  @ApiProperty() available!: number;
  @ApiProperty() ringing!: number;
  @ApiProperty() on_call!: number;
  @ApiProperty() wrap_up!: number;
  @ApiProperty() break!: number;
  @ApiProperty() offline!: number;
}

/** The Paris day's calls, from the phone contacts (definitions of the call simulation). */
export class TodayFiguresDto {
  @ApiProperty({ description: 'Calls that reached the queue' }) offered!: number;
  @ApiProperty() answered!: number;
  @ApiProperty({ description: 'Answered after a wait of 20 s or less' })
  answeredWithin20s!: number;
  @ApiProperty() abandoned!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      "Answered by an agent of the caller's antenna / answered (0 to 1); null before any answer",
  })
  ownAntennaShare!: number | null;
}

export class LiveFiguresDto {
  @ApiProperty() waiting!: number;
  @ApiProperty({ type: [StepCountDto] }) waitingByStep!: StepCountDto[];
  @ApiProperty() longestWaitSeconds!: number;
  @ApiProperty({ type: AgentPresenceCountsDto }) agents!: AgentPresenceCountsDto;
  @ApiProperty({ type: TodayFiguresDto }) today!: TodayFiguresDto;
  @ApiProperty({
    description: 'Open callback requests due by the end of the day, overdue included',
  })
  callbacksDueToday!: number;
}

/** One row of the board: an antenna, or the mobile team (headquarters area and unplaced callers). */
export class AntennaLiveDto extends LiveFiguresDto {
  @ApiProperty({ example: 'amiens' }) antennaId!: string;
  @ApiProperty() name!: string;
}

export class WaitingCallDto {
  @ApiProperty({ description: 'The row the call counts in (its antenna, or the mobile team)' })
  antennaId!: string;
  @ApiProperty() waitedSeconds!: number;
  @ApiProperty() step!: number;
  @ApiProperty({ enum: POOLS }) pool!: RoutingPool;
}

/** The free number now, limited to what the reader may see; no caller number. */
export class LiveBoardDto {
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
  @ApiProperty({ type: [AntennaLiveDto] }) antennas!: AntennaLiveDto[];
  @ApiProperty({ type: LiveFiguresDto, description: 'Sums over the rows above' })
  totals!: LiveFiguresDto;
  @ApiProperty({ type: [WaitingCallDto], description: 'Oldest first' })
  waitingCalls!: WaitingCallDto[];
}

import { Injectable } from '@nestjs/common';
import type { CitizenRecordParticipant } from './citizen-record-participant';

/** Registry the participating libraries add themselves to when their module starts. */
@Injectable()
export class CitizenRecordParticipants {
  private readonly participants = new Map<string, CitizenRecordParticipant>();

  register(participant: CitizenRecordParticipant): void {
    this.participants.set(participant.name, participant);
  }

  all(): CitizenRecordParticipant[] {
    return [...this.participants.values()];
  }

  get(name: string): CitizenRecordParticipant | undefined {
    return this.participants.get(name);
  }
}

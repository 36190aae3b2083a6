/** Where the IVR sends a call: an antenna's agents first, or straight to a shared pool. */
export type CallTarget =
  | { kind: 'antenna'; antennaId: string; antennaName: string }
  | { kind: 'mobile-team' }
  | { kind: 'region' };

/** Twilio queue names (≤ 64 characters), one per antenna plus the two shared pools. */
export function twilioQueueName(target: CallTarget): string {
  switch (target.kind) {
    case 'antenna':
      return `gru-${target.antennaId}`;
    case 'mobile-team':
      return 'gru-equipe-mobile';
    case 'region':
      return 'gru-region';
  }
}

import { ApiProperty } from '@nestjs/swagger';
import { ContactOutcome } from '@gru/requests';

/** A callback placed from the desk: the outbound call and its contact. */
export class CallbackCallDto {
  @ApiProperty() callSid!: string;
  @ApiProperty() contactId!: string;
  @ApiProperty({
    enum: ContactOutcome,
    description: 'pending until Twilio reports the citizen leg; answered at once when simulated',
  })
  outcome!: ContactOutcome;
}

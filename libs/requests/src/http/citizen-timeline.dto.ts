import { ApiProperty } from '@nestjs/swagger';
import { CitizenDto } from '@gru/citizens';
import { ContactSummaryDto } from '../contacts/contact.dto';
import { RequestDto } from './request.dto';

export class CitizenTimelineDto {
  @ApiProperty({ type: CitizenDto }) citizen!: CitizenDto;
  @ApiProperty({ type: [RequestDto] }) requests!: RequestDto[];
  @ApiProperty({ type: [ContactSummaryDto], description: 'newest first, every channel' })
  contacts!: ContactSummaryDto[];
}

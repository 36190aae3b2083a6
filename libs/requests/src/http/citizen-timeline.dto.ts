import { ApiProperty } from '@nestjs/swagger';
import { CitizenDto } from '@gru/citizens';
import { ContactDto } from '../contacts/contact.dto';
import { RequestDto } from './request.dto';

export class CitizenTimelineDto {
  @ApiProperty({ type: CitizenDto }) citizen!: CitizenDto;
  @ApiProperty({ type: [RequestDto] }) requests!: RequestDto[];
  @ApiProperty({ type: [ContactDto], description: 'newest first, every channel' })
  contacts!: ContactDto[];
}

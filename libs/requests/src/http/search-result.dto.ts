import { ApiProperty } from '@nestjs/swagger';
import { CitizenDto } from '@gru/citizens';
import { RequestDto } from './request.dto';

/** A reference finds its request (when visible); any other text finds citizens. */
export class SearchResultDto {
  @ApiProperty({ type: [CitizenDto] }) citizens!: CitizenDto[];
  @ApiProperty({ type: [RequestDto] }) requests!: RequestDto[];
}

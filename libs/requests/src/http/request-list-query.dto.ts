import { ApiPropertyOptional } from '@nestjs/swagger';
import { ContactChannel } from '@gru/citizens';
import { Transform, Type } from 'class-transformer';
import {
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { RequestStatus } from '../lifecycle/request-status';

export const REQUEST_SCOPES = ['mine', 'antenna', 'unassigned', 'all-visible'] as const;
export type RequestScope = (typeof REQUEST_SCOPES)[number];

export const DUE_FILTERS = ['soon', 'overdue', 'soon-or-overdue'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

/** `status=new&status=qualified` and `status=new,qualified` both mean two statuses. */
function toList(value: unknown): unknown {
  if (value === undefined || value === '') return undefined;
  const values: unknown[] = Array.isArray(value) ? value : [value];
  return values.flatMap((item): unknown[] => (typeof item === 'string' ? item.split(',') : [item]));
}

export class RequestListQueryDto {
  @ApiPropertyOptional({
    enum: REQUEST_SCOPES,
    description:
      'mine: assigned to the caller; antenna: the antenna of the caller (or `antennaId`); unassigned: nobody assigned; all-visible (default): everything the caller may see',
  })
  @IsOptional()
  @IsIn(REQUEST_SCOPES, {
    message: `scope : l'une des valeurs ${REQUEST_SCOPES.join(', ')} / one of ${REQUEST_SCOPES.join(', ')}`,
  })
  scope?: RequestScope;

  @ApiPropertyOptional({
    enum: RequestStatus,
    isArray: true,
    description: 'one or several (repeated or comma-separated); default: the open statuses',
  })
  @IsOptional()
  @Transform(({ value }) => toList(value))
  @IsEnum(RequestStatus, {
    each: true,
    message: `status : statut inconnu, attendu ${Object.values(RequestStatus).join(', ')} / unknown status`,
  })
  status?: RequestStatus[];

  @ApiPropertyOptional({ enum: ContactChannel })
  @IsOptional()
  @IsEnum(ContactChannel, { message: 'channel : canal inconnu / unknown channel' })
  channel?: ContactChannel;

  @ApiPropertyOptional({ example: 'aide-au-permis-de-conduire' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'aidSchemeSlug : identifiant de dispositif attendu / expected a slug',
  })
  @MaxLength(64)
  aidSchemeSlug?: string;

  @ApiPropertyOptional({
    enum: DUE_FILTERS,
    description:
      'soon: due within 2 working days (not yet overdue); overdue: past its due date; soon-or-overdue: either',
  })
  @IsOptional()
  @IsIn(DUE_FILTERS, {
    message:
      'due : soon, overdue ou soon-or-overdue attendu / expected soon, overdue or soon-or-overdue',
  })
  due?: DueFilter;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID(undefined, { message: 'citizenId : identifiant d’usager invalide / expected a uuid' })
  citizenId?: string;

  @ApiPropertyOptional({ example: 'amiens' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,64}$/, {
    message: 'antennaId : identifiant d’antenne attendu / expected an antenna id',
  })
  antennaId?: string;

  @ApiPropertyOptional({ description: '"me" or a user id (kept for the desk)' })
  @IsOptional()
  @Matches(/^(me|[0-9a-f-]{36})$/, {
    message: 'assignee : "me" ou un identifiant d’agent / "me" or a user id',
  })
  assignee?: string;

  @ApiPropertyOptional({ enum: ['mobile-team', 'instruction'] })
  @IsOptional()
  @IsIn(['mobile-team', 'instruction'])
  team?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page : nombre entier attendu / expected an integer' })
  @Min(1, { message: 'page : 1 au minimum / at least 1' })
  @Max(10_000, { message: 'page : 10 000 au maximum / at most 10000' })
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize : nombre entier attendu / expected an integer' })
  @Min(1, { message: 'pageSize : 1 au minimum / at least 1' })
  @Max(100, { message: 'pageSize : 100 au maximum / at most 100' })
  pageSize?: number;
}

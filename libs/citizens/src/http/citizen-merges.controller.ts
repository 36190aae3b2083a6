import { Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { AuditAction, Audited } from '@gru/audit';
import { AuthenticatedUser, CurrentUser, Role, Roles } from '@gru/auth';
import { CitizenMergeService } from '../merge/citizen-merge.service';
import { MergeRevertDto } from './citizen-merge.dto';

@ApiTags('citizens')
@ApiBearerAuth()
@Controller('citizen-merges')
export class CitizenMergesController {
  constructor(private readonly merges: CitizenMergeService) {}

  /** Only an admin undoes a merge: it rewrites two citizens' histories. */
  @Post(':mergeId/revert')
  @Roles(Role.Admin)
  @Audited({ action: AuditAction.Update, resourceType: 'citizen-merge', idParam: 'mergeId' })
  @ApiCreatedResponse({ type: MergeRevertDto })
  async revert(
    @Param('mergeId', ParseUUIDPipe) mergeId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MergeRevertDto> {
    const merge = await this.merges.revert(mergeId, user.id);
    return {
      mergeId: merge.id,
      sourceCitizenId: merge.sourceCitizenId,
      targetCitizenId: merge.targetCitizenId,
      revertedAt: (merge.revertedAt ?? new Date()).toISOString(),
    };
  }
}

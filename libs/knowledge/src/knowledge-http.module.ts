import { Module } from '@nestjs/common';
import { StaffAccountsModule } from '@gru/auth';
import { ContentTeamGuard } from './http/content-team.guard';
import { KnowledgeEditorialController } from './http/knowledge-editorial.controller';
import { KnowledgeEntriesController } from './http/knowledge-entries.controller';
import { KnowledgeHandoversController } from './http/knowledge-handovers.controller';
import { KnowledgeRevisionsController } from './http/knowledge-revisions.controller';
import { KnowledgeSearchController } from './http/knowledge-search.controller';
import { StaffNames } from './http/staff-names.service';
import { KnowledgeHandoverModule } from './knowledge-handover.module';
import { KnowledgeModule } from './knowledge.module';

/** The knowledge base's routes under /api/knowledge, for the API process only. */
@Module({
  imports: [KnowledgeModule, KnowledgeHandoverModule, StaffAccountsModule],
  controllers: [
    KnowledgeSearchController,
    KnowledgeEditorialController,
    KnowledgeHandoversController,
    KnowledgeEntriesController,
    KnowledgeRevisionsController,
  ],
  providers: [ContentTeamGuard, StaffNames],
})
export class KnowledgeHttpModule {}

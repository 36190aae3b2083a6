import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffAccountsModule } from '@gru/auth';
import { TerritoryModule } from '@gru/territory';
import { EligibilityCheck } from './eligibility/eligibility-check.service';
import { KnowledgeTransfer } from './import/knowledge-transfer.service';
import { KNOWLEDGE_ENTITIES } from './knowledge-schema';
import { KnowledgeReader } from './revisions/knowledge-reader.service';
import { KnowledgeStore } from './revisions/knowledge-store.service';
import { EmptySearches } from './search/empty-searches.service';
import { KnowledgeSearch } from './search/knowledge-search.service';
import { Synonyms } from './search/synonyms.service';
import { Vocabulary } from './search/vocabulary.service';
import { KnowledgeUsage } from './usage/knowledge-usage.service';
import { KnowledgeEditor } from './workflow/knowledge-editor.service';
import { RevisionTransitions } from './workflow/revision-transitions.service';

const SERVICES = [
  KnowledgeStore,
  KnowledgeReader,
  KnowledgeEditor,
  RevisionTransitions,
  Vocabulary,
  Synonyms,
  EmptySearches,
  KnowledgeSearch,
  EligibilityCheck,
  KnowledgeUsage,
  KnowledgeTransfer,
];

/** The knowledge base as services (API, worker, import CLI, requests' contact coding, benchmarks). */
@Module({
  imports: [TypeOrmModule.forFeature(KNOWLEDGE_ENTITIES), StaffAccountsModule, TerritoryModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class KnowledgeModule {}

import { Module } from '@nestjs/common';
import { KnowledgeProcessor } from './jobs/knowledge.processor';
import { KnowledgeHandoverModule } from './knowledge-handover.module';

/** Worker side: the `knowledge` queue. */
@Module({ imports: [KnowledgeHandoverModule], providers: [KnowledgeProcessor] })
export class KnowledgeJobsModule {}

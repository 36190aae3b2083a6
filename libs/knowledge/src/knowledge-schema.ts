import type { SchemaPart } from '@gru/database';
import { Knowledge1796047106812 } from './migrations/1796047106812-knowledge';
import { KnowledgeSuperseded1796050000000 } from './migrations/1796050000000-knowledge-superseded';
import { ArticleUsage } from './persistence/article-usage.entity';
import { EmptySearch } from './persistence/empty-search.entity';
import { HandoverReceipt } from './persistence/handover-receipt.entity';
import { Handover } from './persistence/handover.entity';
import { KnowledgeEntry } from './persistence/knowledge-entry.entity';
import { KnowledgeRevision } from './persistence/knowledge-revision.entity';
import { RevisionComment } from './persistence/revision-comment.entity';
import { SearchWord } from './persistence/search-word.entity';
import { SynonymGroup } from './persistence/synonym-group.entity';

export const KNOWLEDGE_ENTITIES = [
  KnowledgeEntry,
  KnowledgeRevision,
  RevisionComment,
  SynonymGroup,
  SearchWord,
  EmptySearch,
  ArticleUsage,
  Handover,
  HandoverReceipt,
];

export const KNOWLEDGE_SCHEMA: SchemaPart = {
  owner: 'knowledge',
  entities: KNOWLEDGE_ENTITIES,
  migrations: [Knowledge1796047106812, KnowledgeSuperseded1796050000000],
};

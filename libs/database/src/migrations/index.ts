import { Foundation1795438820020 } from './1795438820020-foundation';
import { Territory1795440265856 } from './1795440265856-territory';
import { CitizensAndRequests1795441259803 } from './1795441259803-citizens-and-requests';
import { RequestMessagesAndAttachments1795442180517 } from './1795442180517-request-messages-and-attachments';
import { CitizensPortfolioIndex1795442740850 } from './1795442740850-citizens-portfolio-index';
import { VoiceAgents1795443723629 } from './1795443723629-voice-agents';
import { ContactOutcomeNoAnswer1795445000000 } from './1795445000000-contact-outcome-no-answer';
import { RequestForeignKeys1796024646196 } from './1796024646196-request-foreign-keys';

/** In order. A landed migration is never edited: add a new one. */
export const MIGRATIONS = [
  Foundation1795438820020,
  Territory1795440265856,
  CitizensAndRequests1795441259803,
  RequestMessagesAndAttachments1795442180517,
  CitizensPortfolioIndex1795442740850,
  VoiceAgents1795443723629,
  ContactOutcomeNoAnswer1795445000000,
  RequestForeignKeys1796024646196,
];

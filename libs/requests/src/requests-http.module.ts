import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AppConfig, ConfigModule } from '@gru/config';
import { AuditModule } from '@gru/audit';
import { StaffAccountsModule } from '@gru/auth';
import { CitizensModule } from '@gru/citizens';
import { KnowledgeModule } from '@gru/knowledge';
import { CitizenTimelineController } from './http/citizen-timeline.controller';
import { ContactsController } from './http/contacts.controller';
import { PortfolioController } from './http/portfolio.controller';
import { RequestFilesController } from './http/request-files.controller';
import { AccessibleRequestGuard } from './http/accessible-request.guard';
import { AccessibleRequestPipe } from './http/accessible-request.pipe';
import { AccessibleContactPipe, CodableContactPipe } from './http/accessible-contact.pipe';
import { RequestsController } from './http/requests.controller';
import { SearchController } from './http/search.controller';
import { RequestsModule } from './requests.module';

/** The requests library's HTTP routes, for the API process only. */
@Module({
  imports: [
    ConfigModule.forFeature(['storage'], 'RequestsHttpModule'),
    RequestsModule,
    CitizensModule,
    KnowledgeModule,
    AuditModule,
    StaffAccountsModule,
    MulterModule.registerAsync({
      inject: [AppConfig],
      // Memory storage: the file store hashes and writes it atomically afterwards.
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.values.storage.maxUploadBytes, files: 1 },
        // Browsers send file names as raw UTF-8; busboy's default (latin1) garbles `relevé.pdf`.
        defParamCharset: 'utf8',
      }),
    }),
  ],
  controllers: [
    RequestsController,
    RequestFilesController,
    ContactsController,
    PortfolioController,
    SearchController,
    CitizenTimelineController,
  ],
  providers: [
    AccessibleRequestPipe,
    AccessibleRequestGuard,
    AccessibleContactPipe,
    CodableContactPipe,
  ],
})
export class RequestsHttpModule {}

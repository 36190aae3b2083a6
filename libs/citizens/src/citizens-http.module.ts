import { Module } from '@nestjs/common';
import { AuditModule } from '@gru/audit';
import { CitizensModule } from './citizens.module';
import { CitizenMergesController } from './http/citizen-merges.controller';
import { CitizensController } from './http/citizens.controller';

/** The citizens library's HTTP routes, for the API process only. */
@Module({
  imports: [CitizensModule, AuditModule],
  controllers: [CitizensController, CitizenMergesController],
})
export class CitizensHttpModule {}

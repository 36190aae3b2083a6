import { Module } from '@nestjs/common';
import { CallRoutingProcessor } from './call-routing.processor';
import { CallRoutingModule } from './call-routing.module';

/** Worker side: consumes the `call-routing` queue. */
@Module({ imports: [CallRoutingModule], providers: [CallRoutingProcessor] })
export class CallRoutingJobsModule {}

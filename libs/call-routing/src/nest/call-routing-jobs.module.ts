import { DynamicModule, Module } from '@nestjs/common';
import { CallRoutingProcessor } from './call-routing.processor';
import { CallRoutingModule, CallRoutingOptions } from './call-routing.module';

/** Worker side: consumes the `call-routing` queue. */
@Module({})
export class CallRoutingJobsModule {
  static forRoot(options: CallRoutingOptions = {}): DynamicModule {
    return {
      module: CallRoutingJobsModule,
      imports: [CallRoutingModule.forRoot(options)],
      providers: [CallRoutingProcessor],
    };
  }
}

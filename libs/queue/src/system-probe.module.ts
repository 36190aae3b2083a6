import { Module } from '@nestjs/common';
import { SystemProbeProcessor } from './system-probe.processor';

/** Worker side: consumes the `system` queue. */
@Module({ providers: [SystemProbeProcessor] })
export class SystemProbeModule {}

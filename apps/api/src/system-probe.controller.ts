import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@gru/auth';
import { NotFoundException } from '@gru/errors';
import { JobName, JobProducer, QueueName } from '@gru/queue';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

class ProbeRequestDto {
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600_000)
  durationMs?: number;
}

/** Admin canary: enqueue a probe job and read its state, to check that workers are consuming. */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('system/probes')
export class SystemProbeController {
  constructor(private readonly producer: JobProducer) {}

  @Post()
  @HttpCode(202)
  @Roles(Role.Admin)
  async enqueue(@Body() body: ProbeRequestDto): Promise<{ jobId: string }> {
    const jobId = await this.producer.enqueue(JobName.Probe, { durationMs: body.durationMs ?? 0 });
    return { jobId };
  }

  @Get(':jobId')
  @Roles(Role.Admin)
  async state(
    @Param('jobId') jobId: string,
  ): Promise<{ jobId: string; state: string; result: unknown; attempts: number }> {
    const job = await this.producer.queue(QueueName.System).getJob(jobId);
    if (!job) throw new NotFoundException('probe job', jobId);
    return {
      jobId,
      state: await job.getState(),
      result: job.returnvalue ?? null,
      attempts: job.attemptsMade,
    };
  }
}

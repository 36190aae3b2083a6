import { Injectable } from '@nestjs/common';
import { JobName, JobProducer } from '@gru/queue';
import type { StaffNotification } from './staff-notification';

/** Enqueues staff notifications; the worker renders and sends them. */
@Injectable()
export class StaffNotifier {
  constructor(private readonly producer: JobProducer) {}

  notify(notification: StaffNotification): Promise<string> {
    // The job id makes a second alert of the same kind for the same request a no-op (BullMQ forbids ":" in ids).
    return this.producer.enqueue(
      JobName.NotifyStaff,
      { ...notification },
      { jobId: `${notification.kind}_${notification.requestId}_${notification.userId}` },
    );
  }
}

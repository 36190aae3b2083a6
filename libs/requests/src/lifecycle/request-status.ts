/** Stored values: never rename one. */
export enum RequestStatus {
  New = 'new',
  Qualified = 'qualified',
  InProgress = 'in_progress',
  WaitingCitizen = 'waiting_citizen',
  Resolved = 'resolved',
  Closed = 'closed',
}

export enum RequestPriority {
  Low = 'low',
  Normal = 'normal',
  High = 'high',
  Urgent = 'urgent',
}

/** Where a request stands against its due date; set by the SLA watch job. */
export enum SlaState {
  OnTime = 'on_time',
  DueSoon = 'due_soon',
  Overdue = 'overdue',
}

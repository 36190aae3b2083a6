/** What the notifications queue carries: ids and a kind, never the message itself. */
export interface StaffNotification {
  readonly userId: string;
  readonly kind: 'request-due-soon' | 'request-overdue';
  readonly requestId: string;
}

/** How a contact ended; reporting counts these. Stored values: never rename one. */
export enum ContactOutcome {
  AnsweredOnTheSpot = 'answered_on_the_spot',
  RequestCreated = 'request_created',
  Transferred = 'transferred',
  CallbackScheduled = 'callback_scheduled',
  Abandoned = 'abandoned',
  OutOfHours = 'out_of_hours',
  Answered = 'answered',
  Pending = 'pending',
  /** An outbound call (a callback) the citizen did not pick up. */
  NoAnswer = 'no_answer',
}

export enum ContactDirection {
  Inbound = 'inbound',
  Outbound = 'outbound',
}

/** Channels a citizen reaches the Region through. Stored values: never rename one. */
export enum ContactChannel {
  Phone = 'phone',
  Email = 'email',
  Letter = 'letter',
  Visit = 'visit',
  Web = 'web',
}

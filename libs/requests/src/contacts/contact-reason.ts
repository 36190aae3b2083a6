/** Why a citizen got in touch; a closed list so that reporting can count it. Stored values. */
export enum ContactReason {
  Information = 'information',
  ApplicationHelp = 'application-help',
  ApplicationStatus = 'application-status',
  MissingDocuments = 'missing-documents',
  Payment = 'payment',
  Complaint = 'complaint',
  TechnicalFault = 'technical-fault',
  Callback = 'callback',
  Other = 'other',
}

/** What happened to a resource. Values are stored: never rename one, add a new one instead. */
export enum AuditAction {
  Read = 'read',
  List = 'list',
  Create = 'create',
  Update = 'update',
  Delete = 'delete',
  Export = 'export',
  LoginSucceeded = 'login-succeeded',
  LoginFailed = 'login-failed',
  LoginLocked = 'login-locked',
  AccessDenied = 'access-denied',
  SignatureRejected = 'signature-rejected',
}

export { FileStore } from './file-store';
export type { StoredFile } from './file-store';
export { StorageModule } from './storage.module';

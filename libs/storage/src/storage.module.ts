import { Module } from '@nestjs/common';
import { ConfigModule } from '@gru/config';
import { FileStore } from './file-store';

@Module({ imports: [ConfigModule.forFeature(['storage'], 'StorageModule')], providers: [FileStore], exports: [FileStore] })
export class StorageModule {}

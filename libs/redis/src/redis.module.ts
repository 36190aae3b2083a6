import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@gru/config';
import { RedisConnection } from './redis-connection';

@Global()
@Module({ imports: [ConfigModule.forFeature(['redis'], 'RedisModule')], providers: [RedisConnection], exports: [RedisConnection] })
export class RedisModule {}

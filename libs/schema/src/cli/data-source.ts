import { loadConfigOrExit } from '@gru/config';
import { buildDataSourceOptions } from '@gru/database';
import { PLATFORM_SCHEMA } from '../platform-schema';
import { DataSource } from 'typeorm';


/** For the TypeORM CLI (migration:generate, migration:show): same options as the apps. */
export default new DataSource(buildDataSourceOptions(loadConfigOrExit(['database']).database.url, PLATFORM_SCHEMA));

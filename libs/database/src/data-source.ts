import { loadConfigOrExit } from '@gru/config';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './data-source-options';

/** For the TypeORM CLI (migration:generate, migration:show): same options as the apps. */
export default new DataSource(buildDataSourceOptions(loadConfigOrExit(['database']).database.url));

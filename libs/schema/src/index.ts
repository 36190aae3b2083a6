export { PLATFORM_SCHEMA } from './platform-schema';

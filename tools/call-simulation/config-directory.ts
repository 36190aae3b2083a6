import { resolve } from 'node:path';

export const CONFIG_DIRECTORY = resolve(__dirname, '../../config');

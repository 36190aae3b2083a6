import { loadConfigOrExit } from '@gru/config';
import { API_CONFIG_SECTIONS } from './api.module';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const config = loadConfigOrExit(API_CONFIG_SECTIONS);
  const app = await createApiApp(config);
  await app.listen(config.http.port);
}

main().catch((error: Error) => {
  process.stderr.write(`API failed to start: ${error.message}\n`);
  process.exit(1);
});

import { loadConfigOrExit } from '@gru/config';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const config = loadConfigOrExit(['http', 'database', 'redis', 'auth', 'twilio', 'smtp', 'storage', 'log']);
  const app = await createApiApp(config);
  await app.listen(config.http.port);
}

main().catch((error: Error) => {
  process.stderr.write(`API failed to start: ${error.message}\n`);
  process.exit(1);
});

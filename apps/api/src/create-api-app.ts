import { INestApplication, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { createValidationPipe } from '@gru/errors';
import { requestIdMiddleware } from '@gru/observability';
import { IVR_PATHS } from '@gru/voice';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ApiConfig, ApiModule } from './api.module';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const options = new DocumentBuilder()
    .setTitle('GRU — relation usagers, Région Hauts-de-France')
    .setDescription('API of the citizen-relationship platform (antennas, numéro vert, requests).')
    .setVersion('1')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, options);
}

/** Builds the configured API application (used by main.ts and by the end-to-end tests). */
export async function createApiApp(config: ApiConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.use(requestIdMiddleware);
  app.use(helmet()); // CSP: same-origin scripts and styles only (Swagger UI and the future web app)
  // Behind one reverse proxy in production (docker-compose, council infrastructure): trust it for client IPs.
  app.set('trust proxy', 1);
  app.disable('x-powered-by');
  // Twilio webhooks live under /voice (their URLs are configured in Twilio's console).
  app.setGlobalPrefix('api', {
    exclude: [
      'health',
      'metrics',
      ...IVR_PATHS.map((path) => ({ path, method: RequestMethod.POST })),
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
  return app;
}

import { INestApplication, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { createValidationPipe } from '@gru/errors';
import {
  httpMetricsMiddleware,
  LoggingOptions,
  MetricsRegistry,
  requestIdMiddleware,
} from '@gru/observability';
import { IVR_PATHS } from '@gru/voice';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ApiConfig, ApiModule } from './api.module';
import { serveWebApp } from './web-app';

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
export async function createApiApp(
  config: ApiConfig,
  logging: LoggingOptions = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, logging), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.use(requestIdMiddleware);
  // CSP: same-origin scripts and styles only (Swagger UI and the web app). The web app previews
  // attachments it fetched with the bearer token as blob: URLs (an image, a PDF in a frame).
  // No remote image anywhere: the one response allowed them, an email's HTML with its images
  // (which the agent asked for), sets its own policy (@gru/mailboxes, mail-html-policy.ts).
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'img-src': ["'self'", 'data:', 'blob:'],
          'frame-src': ["'self'", 'blob:'],
        },
      },
    }),
  );
  app.use(httpMetricsMiddleware(app.get(MetricsRegistry)));
  // X-Forwarded-For is believed only from the proxies TRUSTED_PROXIES names (none by default):
  // otherwise any client would choose the address the audit trail records.
  const { trustedProxies } = config.http;
  app.set('trust proxy', typeof trustedProxies === 'object' ? [...trustedProxies] : trustedProxies);
  app.disable('x-powered-by');
  serveWebApp(app);
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
  // The contract is public in development and tests; a production API does not advertise itself.
  if (config.environment !== 'production') {
    SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
      jsonDocumentUrl: 'api/docs/openapi.json',
    });
  }
  return app;
}

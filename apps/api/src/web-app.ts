import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Paths the API answers itself; everything else a browser asks for is the web application. */
const SERVER_PATHS = ['/api', '/voice', '/health', '/metrics'];

/**
 * The Vite build (`npm run build:web` writes dist/web): beside dist/apps when running from dist/,
 * under dist/ when running from source (tests, ts-node).
 */
export function findWebBuild(): string | null {
  const candidates = [resolve(__dirname, '../../../web'), resolve(__dirname, '../../../dist/web')];
  return candidates.find((folder) => existsSync(join(folder, 'index.html'))) ?? null;
}

function isServerPath(path: string): boolean {
  return SERVER_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * Serves the web application on the API's origin: its hashed assets (cached for a year), and
 * index.html for any other GET that asks for HTML, so client-side routes survive a reload.
 */
export function serveWebApp(app: NestExpressApplication, root = findWebBuild()): void {
  if (root === null) return;
  const indexHtml = join(root, 'index.html');
  app.useStaticAssets(root, {
    index: false,
    setHeaders: (response: Response, path: string) => {
      const hashed = path.startsWith(join(root, 'assets'));
      response.setHeader(
        'Cache-Control',
        hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !isServerPath(request.path) &&
      (request.get('accept') ?? '').includes('text/html');
    if (!wantsPage) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexHtml);
  });
}

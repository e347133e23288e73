import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import fs from 'node:fs';
import path from 'node:path';

/** Paths the api answers itself; everything else that asks for a page gets the web app. */
const API_PATHS = /^\/(graphql|health|live|attachments|calendar|exports|feeds|reports|open-data\/.+\.zip|socket\.io)(\/|$)/;

/**
 * Serves the built web app from the same port as the api: hashed assets with a long cache, and index.html for
 * every other page address so the client-side router can take over. Returns false when there is no build.
 */
export function serveWebApp(app: NestExpressApplication, webDist: string): boolean {
  const indexHtml = path.join(webDist, 'index.html');
  if (!fs.existsSync(indexHtml)) return false;
  app.useStaticAssets(path.join(webDist, 'assets'), { prefix: '/assets', immutable: true, maxAge: '365d' });
  app.useStaticAssets(webDist, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return true;
}

import type { NestExpressApplication } from '@nestjs/platform-express';
import { Locale } from '@ogp-forum/domain';
import escapeHtml from 'escape-html';
import type { NextFunction, Request, Response } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { pageMetadata, siteName, type PageMetadata } from './page-metadata.js';

/** Paths the api answers itself; everything else that asks for a page gets the web app. */
const API_PATHS = /^\/(graphql|health|live|attachments|calendar|exports|feeds|reports|unsubscribe|open-data\/.+\.zip|socket\.io)(\/|$)/;

/** Where the page metadata comes from and which address a shared link should name. */
export interface PageSource {
  db: DataSource;
  publicUrl: string | null;
  timeZone: string;
}

const OG_LOCALE = { [Locale.en]: 'en_US', [Locale.ko]: 'ko_KR' };

/** `?lang=ko|en` first (a link shared in one language), then the browser's Accept-Language, then English. */
function pageLocale(req: Request): Locale {
  const asked = req.query.lang;
  if (asked === Locale.ko || asked === Locale.en) return asked;
  return req.acceptsLanguages(Locale.en, Locale.ko) === Locale.ko ? Locale.ko : Locale.en;
}

/**
 * index.html with the page's own title, description and Open Graph tags, so that a shared link reads as what it is:
 * link previews and search engines read the HTML the server sends and run no JavaScript. Every value is escaped.
 */
function withPageMetadata(html: string, page: PageMetadata, options: { url: string; locale: Locale; feed?: string }): string {
  const site = siteName(options.locale);
  const title = page.title === site ? site : `${page.title} · ${site}`;
  const meta = (attribute: 'name' | 'property', key: string, value: string) => `<meta ${attribute}="${key}" content="${escapeHtml(value)}" />`;
  const other = options.locale === Locale.ko ? Locale.en : Locale.ko;
  const tags = [
    meta('property', 'og:title', page.title),
    meta('property', 'og:description', page.description),
    meta('property', 'og:url', options.url),
    meta('property', 'og:type', page.type),
    meta('property', 'og:site_name', site),
    meta('property', 'og:locale', OG_LOCALE[options.locale]),
    meta('property', 'og:locale:alternate', OG_LOCALE[other]),
    meta('name', 'twitter:card', 'summary'),
    `<link rel="canonical" href="${escapeHtml(options.url)}" />`,
    options.feed ? `<link rel="alternate" type="application/atom+xml" href="${escapeHtml(options.feed)}" title="${escapeHtml(page.title)}" />` : null,
  ].filter(Boolean);
  return html
    .replace(/<html lang="[^"]*"/, `<html lang="${options.locale}"`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
    .replace(/<meta name="description" content="[^"]*"\s*\/?>/, () => meta('name', 'description', page.description))
    .replace('</head>', () => `    ${tags.join('\n    ')}\n  </head>`);
}

/**
 * Serves the built web app from the same port as the api: hashed assets with a long cache, and index.html for
 * every other page address so the client-side router can take over, with that page's metadata.
 * Returns false when there is no build.
 */
export function serveWebApp(app: NestExpressApplication, webDist: string, pages: PageSource): boolean {
  const indexHtml = path.join(webDist, 'index.html');
  if (!fs.existsSync(indexHtml)) return false;
  const html = fs.readFileSync(indexHtml, 'utf8');
  app.useStaticAssets(path.join(webDist, 'assets'), { prefix: '/assets', immutable: true, maxAge: '365d' });
  app.useStaticAssets(webDist, { index: false, maxAge: '1h' });
  app.use(async (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('cache-control', 'no-cache');
    try {
      const locale = pageLocale(req);
      const base = (pages.publicUrl ?? `${req.protocol}://${req.get('host')}`).replace(/\/$/, '');
      const page = await pageMetadata(pages.db, req.path, locale, pages.timeZone);
      const plan = /^\/plans\/([0-9a-f-]{36})$/i.exec(req.path)?.[1];
      const feed = plan ? `${base}/feeds/plans/${plan}.atom${locale === Locale.ko ? '?lang=ko' : ''}` : undefined;
      res.setHeader('vary', 'Accept-Language');
      res.type('html').send(withPageMetadata(html, page, { url: `${base}${req.path}`, locale, feed }));
    } catch (error) {
      next(error);
    }
  });
  return true;
}

import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { languages } from '@luotsi/shell-contract';

/**
 * Serves the built shell and remotes. Hashed assets are immutable; entry points (index.html,
 * remoteEntry.js, luotsi-module.json) are revalidated on every load so a deployment takes effect
 * at once.
 */
export function serveFrontends(app: Express, staticDir: string, moduleIds: readonly string[]): void {
  const shellDir = join(staticDir, 'shell');
  const setHeaders = (res: express.Response, path: string) => {
    if (/[/\\]assets[/\\]/.test(path)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    else res.setHeader('Cache-Control', 'no-cache');
  };
  for (const id of moduleIds)
    app.use(`/modules/${id}`, express.static(join(staticDir, id), { index: false, setHeaders, fallthrough: false }));
  app.use(express.static(shellDir, { index: false, setHeaders }));

  const indexHtml = join(shellDir, 'index.html');
  const sendShell: express.RequestHandler = (_req, res, next) => {
    if (!existsSync(indexHtml)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  };
  const areas = new RegExp(`^/(${languages.join('|')}|staff)(/.*)?$`);
  app.get(areas, sendShell);
  // The front door picks the reader's language from the browser once; after that the URL decides.
  app.get('/', (req, res) => {
    const preferred = req.acceptsLanguages('fi', 'sv', 'en') || 'fi';
    res.redirect(302, `/${preferred}`);
  });
}

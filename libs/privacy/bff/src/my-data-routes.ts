import type { Request, Response, Router } from 'express';
import type { BffRouteDeps } from '@luotsi/bff-core';
import { isLanguage, languages, type Language } from '@luotsi/shell-contract';
import { collectMyData, myDataHtml, myDataHtmlPolicy, myDataJson } from './my-data';

/**
 * GET /api/privacy/my-data.json and /api/privacy/my-data.html: the signed-in resident's own data.
 * No person id in the URL: the session decides whose data it is, so a link cannot be pointed at
 * someone else. Only the resident's own data: a guardian gets their children's data through a
 * separate request (docs/privacy.md, "Children").
 */
export function registerMyDataRoutes(router: Router, deps: BffRouteDeps & { now?: () => Date }): void {
  const now = deps.now ?? (() => new Date());

  const handle = (kind: 'json' | 'html') => async (req: Request, res: Response) => {
    // Nobody's copy may stay in a shared or browser cache, whatever the answer.
    res.setHeader('Cache-Control', 'no-store');
    const personId = deps.viewerOf(req).resident?.personId;
    if (!personId) return void res.status(401).json({ error: 'unauthenticated' });
    const generatedAt = now();
    const sections = await collectMyData(deps.prisma(), deps.modules, personId);
    const day = generatedAt.toISOString().slice(0, 10);
    // The file name says what it is, not whose: it may be seen in a downloads list.
    res.setHeader('Content-Disposition', `attachment; filename="luotsi-my-data-${day}.${kind}"`);
    if (kind === 'json') return void res.type('application/json').send(JSON.stringify(myDataJson(sections, generatedAt), null, 2));
    res.setHeader('Content-Security-Policy', myDataHtmlPolicy);
    res.type('text/html').send(myDataHtml(sections, languageOf(req), generatedAt));
  };

  router.get('/my-data.json', handle('json'));
  router.get('/my-data.html', handle('html'));
}

/** ?language=sv from the page's link (the page knows the reader's language), else the browser's. */
function languageOf(req: Request): Language {
  const asked = req.query['language'];
  if (typeof asked === 'string' && isLanguage(asked)) return asked;
  const accepted = req.acceptsLanguages([...languages]);
  return typeof accepted === 'string' && isLanguage(accepted) ? accepted : 'fi';
}

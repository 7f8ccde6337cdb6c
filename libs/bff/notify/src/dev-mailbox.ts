import { createHash } from 'node:crypto';
import { Router, type Request, type RequestHandler } from 'express';
import type { AuthenticatedUser } from '@luotsi/bff-core';
import type { PrismaClient } from '@luotsi/db';
import type { Language } from '@luotsi/shell-contract';
import { escapeHtml, recipientLanguage } from './render';

const texts: Record<Language, {
  title: string; intro: string; empty: string; email: string; sms: string; to: string; language: string; sent: string;
  subject: string; attachments: string; openHtml: string; signIn: string; forbidden: string; languageNav: string;
}> = {
  fi: {
    title: 'Kehityksen postilaatikko',
    intro: 'SMTP-palvelinta ei ole määritetty, joten sähköpostit ja tekstiviestit tallentuvat tänne eivätkä lähde vastaanottajille. Uusin ensin.',
    empty: 'Ei vielä viestejä.', email: 'Sähköposti', sms: 'Tekstiviesti', to: 'Vastaanottaja', language: 'Kieli', sent: 'Lähetetty',
    subject: 'Aihe', attachments: 'Liitteet', openHtml: 'Avaa sähköposti sellaisenaan', signIn: 'Kirjaudu henkilöstön palveluun ylläpitäjänä.',
    forbidden: 'Postilaatikko on vain ylläpitäjille.', languageNav: 'Kieli',
  },
  sv: {
    title: 'Utvecklingens brevlåda',
    intro: 'Ingen SMTP-server har konfigurerats, så e-post och textmeddelanden sparas här och skickas inte till mottagarna. Nyaste först.',
    empty: 'Inga meddelanden ännu.', email: 'E-post', sms: 'Textmeddelande', to: 'Mottagare', language: 'Språk', sent: 'Skickat',
    subject: 'Ämne', attachments: 'Bilagor', openHtml: 'Öppna e-posten som den är', signIn: 'Logga in i personalens tjänst som administratör.',
    forbidden: 'Brevlådan är endast för administratörer.', languageNav: 'Språk',
  },
  en: {
    title: 'Development mailbox',
    intro: 'No SMTP server is configured, so e-mails and text messages are kept here and not sent to their recipients. Newest first.',
    empty: 'No messages yet.', email: 'E-mail', sms: 'Text message', to: 'To', language: 'Language', sent: 'Sent',
    subject: 'Subject', attachments: 'Attachments', openHtml: 'Open the e-mail as it is', signIn: 'Sign in to the staff service as an administrator.',
    forbidden: 'The mailbox is for administrators only.', languageNav: 'Language',
  },
};

const styles = [
  'body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#1b1b1b;background:#f4f6f8}',
  'header nav,main{max-width:48rem;margin:0 auto;padding:.5rem 1rem}',
  'header ul{list-style:none;display:flex;gap:1.25rem;margin:0;padding:0}',
  'header a{display:inline-block;padding:.5rem 0;min-height:44px}',
  'a{color:#0b4f9c}',
  ':focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}',
  'ol{list-style:none;margin:0;padding:0;display:grid;gap:1rem}',
  'article{background:#fff;border:1px solid #c4cbd3;border-radius:.5rem;padding:1rem}',
  'h2{font-size:1.125rem;margin:0 0 .5rem}',
  'dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0 0 .75rem}',
  'dt{font-weight:700}',
  'dd{margin:0}',
  '.body{white-space:pre-wrap;border-left:4px solid #0b4f9c;padding-left:.75rem}',
].join('');
const styleHash = createHash('sha256').update(styles).digest('base64');
const pagePolicy = `default-src 'none'; style-src 'sha256-${styleHash}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;
// An e-mail's own HTML uses inline style attributes, as e-mail does; it runs no script.
const emailPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const languageNames: Record<Language, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };

function page(language: Language, title: string, body: string, path = '/dev/mailbox'): string {
  const nav = `<header><nav aria-label="${texts[language].languageNav}"><ul>${(['fi', 'sv', 'en'] as const)
    .map((l) => `<li><a href="${path}?lang=${l}" lang="${l}" hreflang="${l}"${l === language ? ' aria-current="true"' : ''}>${languageNames[l]}</a></li>`)
    .join('')}</ul></nav></header>`;
  return `<!DOCTYPE html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${styles}</style></head>
<body>${nav}<main>${body}</main></body>
</html>`;
}

export interface DevMailboxEntry {
  id: string;
  notificationId: string;
  channel: string;
  to: string;
  language: string;
  subject: string | null;
  text: string;
  html: string | null;
  attachments: unknown;
  createdAt: Date;
}

/** The mailbox page's list; pure, so the markup is tested without a server. */
export function renderMailbox(language: Language, messages: readonly DevMailboxEntry[]): string {
  const t = texts[language];
  const dateTime = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : `${language}-FI`, { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Helsinki' });
  const items = messages.map((m) => {
    const attachments = Array.isArray(m.attachments) ? (m.attachments as { filename?: string }[]).map((a) => a.filename ?? '').filter(Boolean) : [];
    const heading = m.channel === 'email' ? `${t.email}: ${m.subject ?? ''}` : `${t.sms}: ${m.to}`;
    return `<li><article aria-labelledby="m-${m.id}">
<h2 id="m-${m.id}">${escapeHtml(heading)}</h2>
<dl><dt>${t.to}</dt><dd>${escapeHtml(m.to)}</dd><dt>${t.language}</dt><dd>${escapeHtml(m.language)}</dd><dt>${t.sent}</dt><dd>${escapeHtml(dateTime.format(m.createdAt))}</dd>${
      attachments.length ? `<dt>${t.attachments}</dt><dd>${attachments.map(escapeHtml).join(', ')}</dd>` : ''
    }</dl>
<div class="body" lang="${escapeHtml(m.language)}">${escapeHtml(m.text)}</div>${
      m.html ? `<p><a href="/dev/mailbox/${m.id}">${t.openHtml}: ${escapeHtml(m.subject ?? '')}</a></p>` : ''
    }
</article></li>`;
  });
  const body = `<h1>${t.title}</h1><p>${t.intro}</p>${items.length ? `<ol>${items.join('\n')}</ol>` : `<p>${t.empty}</p>`}`;
  return page(language, t.title, body);
}

function languageOf(req: Request): Language {
  const lang = typeof req.query['lang'] === 'string' ? req.query['lang'] : req.acceptsLanguages('fi', 'sv', 'en') || 'fi';
  return recipientLanguage(lang);
}

/**
 * /dev/mailbox (HTML), /dev/mailbox.json (for the e2e tests) and /dev/mailbox/<id> (one e-mail's
 * HTML). Only for a professional signed in with the role admin. The caller mounts it only outside
 * production mode, where these paths are 404.
 */
export function devMailboxRouter(deps: {
  prisma: () => PrismaClient;
  viewerOf: (req: Request) => { staff: AuthenticatedUser | null };
}): Router {
  const router = Router();
  // Every path checks the session itself: '/dev/mailbox.json' is not under '/dev/mailbox'.
  const adminOnly = (json: boolean): RequestHandler => (req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    const staff = deps.viewerOf(req).staff;
    if (staff?.roles.includes('admin')) return next();
    const status = staff ? 403 : 401;
    if (json) return void res.status(status).json({ error: staff ? 'forbidden' : 'unauthenticated' });
    const language = languageOf(req);
    const t = texts[language];
    const body = staff
      ? `<h1>${t.title}</h1><p>${t.forbidden}</p>`
      : `<h1>${t.title}</h1><p><a href="/auth/staff/login?returnTo=${encodeURIComponent('/dev/mailbox')}">${t.signIn}</a></p>`;
    res.status(status).setHeader('Content-Security-Policy', pagePolicy).type('html').send(page(language, t.title, body));
  };
  const list = () => deps.prisma().devMailboxMessage.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: 200 });
  router.get('/dev/mailbox.json', adminOnly(true), async (_req, res) => {
    const messages = await list();
    res.json({ messages: messages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })) });
  });
  router.get('/dev/mailbox', adminOnly(false), async (req, res) => {
    res.setHeader('Content-Security-Policy', pagePolicy).type('html').send(renderMailbox(languageOf(req), await list()));
  });
  router.get('/dev/mailbox/:id', adminOnly(false), async (req, res) => {
    const id = String(req.params['id'] ?? '');
    const message = /^[0-9a-f-]{36}$/.test(id) ? await deps.prisma().devMailboxMessage.findUnique({ where: { id } }) : null;
    if (!message?.html) return void res.status(404).type('text/plain').send('Not found');
    res.setHeader('Content-Security-Policy', emailPolicy).type('html').send(message.html);
  });
  return router;
}

import { createHash } from 'node:crypto';
import { texts } from './messages';
import { type Language, languages } from './types';

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

// Colours meet WCAG AA contrast on both the page and the hover background; focus is a thick
// two-tone ring so it shows on any background; targets are at least 44 px high.
const styles = [
  '*{box-sizing:border-box}',
  'html{-webkit-text-size-adjust:100%}',
  'body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1rem;line-height:1.5;color:#1b1b1b;background:#f4f6f8}',
  'header{background:#fff;border-bottom:1px solid #c4cbd3}',
  'header nav{max-width:40rem;margin:0 auto;padding:.5rem 1rem}',
  'header ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:0;padding:0}',
  'header a{display:inline-block;padding:.5rem 0;min-height:44px}',
  'main{max-width:40rem;margin:0 auto;padding:1rem 1rem 3rem}',
  'h1{font-size:1.625rem;line-height:1.25;margin:1rem 0}',
  'h2{font-size:1.125rem;margin:1.5rem 0 .75rem}',
  'a{color:#0b4f9c;text-underline-offset:.15em}',
  'a:hover{text-decoration-thickness:2px}',
  'a[aria-current]{font-weight:700}',
  ':focus-visible{outline:3px solid #1b1b1b;outline-offset:2px;box-shadow:0 0 0 5px #fff}',
  '.notice{margin:1rem 0;padding:.75rem 1rem;background:#fff;border-left:4px solid #0b4f9c}',
  '.personas{list-style:none;margin:0;padding:0;display:grid;gap:.75rem}',
  '.persona{display:block;width:100%;min-height:44px;margin:0;padding:.75rem 1rem;text-align:left;font:inherit;color:#1b1b1b;background:#fff;border:2px solid #0b4f9c;border-radius:.5rem;cursor:pointer}',
  '.persona:hover{background:#e8f0fb}',
  '.persona .name{display:block;font-size:1.0625rem;font-weight:700;color:#0b4f9c}',
  '.persona .description{display:block;color:#3d3d3d}',
  '.actions{margin-top:1.5rem}',
  '.detail{color:#3d3d3d;font-size:.875rem}',
].join('');

/** The inline style block is allowed by its hash, so the pages need no 'unsafe-inline'. */
const styleHash = createHash('sha256').update(styles).digest('base64');

export const pageContentSecurityPolicy = [
  "default-src 'none'",
  `style-src 'sha256-${styleHash}'`,
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const languageNames: Record<Language, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };
const languageNavLabel: Record<Language, string> = { fi: 'Kieli', sv: 'Språk', en: 'Language' };

export interface PageOptions {
  language: Language;
  title: string;
  /** Trusted HTML: callers escape every value they interpolate. */
  body: string;
  /** Builds the URL of this page in another language; omit to show no language links. */
  languageHref?: (language: Language) => string;
}

export function renderPage({ language, title, body, languageHref }: PageOptions): string {
  const nav = languageHref
    ? `<header><nav aria-label="${languageNavLabel[language]}"><ul>${languages
        .map(
          (l) =>
            `<li><a href="${escapeHtml(languageHref(l))}" lang="${l}" hreflang="${l}"${l === language ? ' aria-current="true"' : ''}>${languageNames[l]}</a></li>`,
        )
        .join('')}</ul></nav></header>`
    : '';
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${styles}</style>
</head>
<body>
${nav}<main>
${body}
</main>
</body>
</html>`;
}

/**
 * The localized "too many sign-in attempts, try again later" page, for the BFF's sign-in rate
 * limit (served with HTTP 429, Retry-After and `pageContentSecurityPolicy`).
 */
export function renderRateLimitedPage(language: Language): string {
  const t = texts[language];
  return renderPage({
    language,
    title: t.pages.rateLimited.title,
    body: `<h1>${escapeHtml(t.pages.rateLimited.title)}</h1><p>${escapeHtml(t.pages.rateLimited.text)}</p><p><a href="/${language}/">${escapeHtml(t.links.frontPage)}</a></p>`,
  });
}

import { createHash } from 'node:crypto';
import type { BffModule, PersonalDataField, PersonalDataSection, PrismaLike, Trilingual } from '@luotsi/bff-core';
import { formatDate, formatDateTime, formatMoney } from '@luotsi/i18n';
import type { Language } from '@luotsi/shell-contract';

/**
 * A resident's data export (GDPR art. 15 and 20): every module's section of what it keeps about
 * the person, as JSON for machines and as a readable HTML document for people.
 */

/** Every module's sections, in the BFF's module order. Section ids must be unique. */
export async function collectMyData(prisma: PrismaLike, modules: readonly BffModule[], personId: string): Promise<PersonalDataSection[]> {
  const sections: PersonalDataSection[] = [];
  for (const module of modules) if (module.personalData) sections.push(...(await module.personalData(prisma, personId)));
  const ids = sections.map((s) => s.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0) throw new Error(`Personal data sections declared twice: ${twice.join(', ')}`);
  return sections;
}

export const exportFormat = 'luotsi-personal-data/1';

export interface MyDataJson {
  format: typeof exportFormat;
  generatedAt: string;
  sections: { id: string; title: Trilingual; purpose: Trilingual; records: Record<string, PersonalDataField['value']>[] }[];
}

/** Machine-readable: stable keys and raw values (ISO dates, cents, codes), titles in every language. */
export function myDataJson(sections: readonly PersonalDataSection[], generatedAt: Date): MyDataJson {
  return {
    format: exportFormat,
    generatedAt: generatedAt.toISOString(),
    sections: sections.map((s) => ({
      id: s.id,
      title: s.title,
      purpose: s.purpose,
      records: s.records.map((fields) => Object.fromEntries(fields.map((f) => [f.key, f.value]))),
    })),
  };
}

const texts: Record<Language, {
  title: string; generated: string; intro: string; contents: string; none: string; empty: string; record: string; yes: string; no: string;
}> = {
  fi: {
    title: 'Omat tietoni',
    generated: 'Koottu',
    intro: 'Tähän on koottu kaikki tiedot, jotka Luotsi-palvelussa on sinusta tallennettuna. Tiedosto on henkilökohtainen: säilytä se huolellisesti.',
    contents: 'Sisältö',
    none: 'Ei tallennettuja tietoja.',
    empty: '–',
    record: 'Tieto',
    yes: 'kyllä',
    no: 'ei',
  },
  sv: {
    title: 'Mina uppgifter',
    generated: 'Sammanställt',
    intro: 'Här finns alla uppgifter som har sparats om dig i tjänsten Luotsi. Filen är personlig: förvara den omsorgsfullt.',
    contents: 'Innehåll',
    none: 'Inga sparade uppgifter.',
    empty: '–',
    record: 'Uppgift',
    yes: 'ja',
    no: 'nej',
  },
  en: {
    title: 'My data',
    generated: 'Compiled',
    intro: 'This is all the data the Luotsi service has stored about you. The file is personal: keep it safe.',
    contents: 'Contents',
    none: 'Nothing stored.',
    empty: '–',
    record: 'Record',
    yes: 'yes',
    no: 'no',
  },
};

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

/** A value as a person reads it, in their language; dates and times in Europe/Helsinki. */
export function displayValue(field: PersonalDataField, language: Language): string {
  const t = texts[language];
  if (field.value === null || field.value === '') return t.empty;
  if (field.valueLabel) return field.valueLabel[language];
  if (typeof field.value === 'boolean') return field.value ? t.yes : t.no;
  if (field.format === 'cents' && typeof field.value === 'number') return formatMoney(field.value, language);
  if (field.format === 'date') return formatDate(field.value as string, language, 'long');
  if (field.format === 'dateTime') return formatDateTime(field.value as string, language);
  return String(field.value);
}

/** A section's anchor: its id made safe for an HTML id and a fragment. */
const anchor = (id: string) => `section-${id.replace(/[^a-zA-Z0-9-]+/g, '-')}`;

/**
 * The readable copy: one self-contained page (no scripts, no external resources, a policy that
 * allows none) with headings per section, so that it reads well with a screen reader, prints
 * cleanly and can be saved as PDF from the browser's print dialog.
 */
export function myDataHtml(sections: readonly PersonalDataSection[], language: Language, generatedAt: Date): string {
  const t = texts[language];
  const section = (s: PersonalDataSection) => {
    const heading = `<h2 id="${anchor(s.id)}">${escapeHtml(s.title[language])}</h2>\n<p class="purpose">${escapeHtml(s.purpose[language])}</p>`;
    if (s.records.length === 0) return `<section aria-labelledby="${anchor(s.id)}">\n${heading}\n<p>${escapeHtml(t.none)}</p>\n</section>`;
    const list = (fields: PersonalDataField[]) =>
      `<dl>\n${fields.map((f) => `<dt>${escapeHtml(f.label[language])}</dt><dd>${escapeHtml(displayValue(f, language))}</dd>`).join('\n')}\n</dl>`;
    const body =
      s.records.length === 1
        ? list(s.records[0] ?? [])
        : `<ol class="records">\n${s.records.map((r) => `<li>${list(r)}</li>`).join('\n')}\n</ol>`;
    return `<section aria-labelledby="${anchor(s.id)}">\n${heading}\n${body}\n</section>`;
  };
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(myDataHtmlPolicy)}">
<title>${escapeHtml(t.title)} – Luotsi</title>
<style>${style}</style>
</head>
<body>
<main>
<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.generated)}: ${escapeHtml(formatDateTime(generatedAt, language))}</p>
<p>${escapeHtml(t.intro)}</p>
<nav aria-label="${escapeHtml(t.contents)}">
<ul>
${sections.map((s) => `<li><a href="#${anchor(s.id)}">${escapeHtml(s.title[language])}</a></li>`).join('\n')}
</ul>
</nav>
${sections.map(section).join('\n')}
</main>
</body>
</html>
`;
}

const style = [
  'body{font:1rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff;margin:0 auto;max-width:48rem;padding:1rem}',
  'h2{margin-top:2rem;border-bottom:1px solid #767676}',
  '.purpose{color:#3d3d3d}',
  'dl{display:grid;grid-template-columns:minmax(10rem,auto) 1fr;gap:.25rem 1rem;margin:0 0 1rem}',
  'dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}',
  'ol.records>li{border-top:1px solid #c4c4c4;padding-top:.5rem}',
  'a{color:#0b57a4}',
  '@media print{nav{display:none}section{break-inside:avoid-page}a{color:inherit}}',
].join('');

/** Nothing but the document's own style may run or load, in the browser and from a saved file. */
export const myDataHtmlPolicy = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'; base-uri 'none'; form-action 'none'`;

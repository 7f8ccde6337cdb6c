import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import type { CarerStatement, LocalizedText, StatementLanguage } from '@luotsi/caregiving-domain';

const pageSize: [number, number] = [595.28, 841.89]; // A4 in points
const margin = 56;

const texts: Record<string, LocalizedText> = {
  title: { fi: 'Palkkioselvitys', sv: 'Arvodesspecifikation', en: 'Fee statement' },
  month: { fi: 'Kuukausi', sv: 'Månad', en: 'Month' },
  payee: { fi: 'Saaja', sv: 'Mottagare', en: 'Payee' },
  paymentDate: { fi: 'Maksupäivä', sv: 'Betalningsdag', en: 'Payment date' },
  days: { fi: 'päivää', sv: 'dagar', en: 'days' },
  of: { fi: '/', sv: '/', en: 'of' },
  corrects: { fi: 'Korjattava kuukausi', sv: 'Månad som rättas', en: 'Corrects' },
  total: { fi: 'Yhteensä', sv: 'Totalt', en: 'Total' },
  taxable: { fi: 'Veronalaista', sv: 'Skattepliktigt', en: 'Taxable' },
  nonTaxable: { fi: 'Verotonta', sv: 'Skattefritt', en: 'Tax-free' },
  note: {
    fi: 'Hoitopalkkio on veronalaista tuloa; palkanlaskenta pidättää veron ja ilmoittaa sen tulorekisteriin.',
    sv: 'Vårdarvodet är skattepliktig inkomst; lönehanteringen verkställer förskottsinnehållning och anmäler det till inkomstregistret.',
    en: 'The care fee is taxable income; payroll withholds tax and reports it to the Incomes Register.',
  },
};

/** Euros the way each language writes them, in characters the standard PDF font has. */
export function euros(cents: number, language: StatementLanguage): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100));
  const rest = String(abs % 100).padStart(2, '0');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'en' ? ',' : ' ');
  return language === 'en' ? `${sign}€${grouped}.${rest}` : `${sign}${grouped},${rest} €`;
}

/** 2026-11-07 → 7.11.2026 (fi, sv) or 7 Nov 2026 (en). */
export function dateText(date: string, language: StatementLanguage): string {
  const [y, m, d] = date.split('-').map(Number);
  if (language === 'en') return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return `${d}.${m}.${y}`;
}

export function monthText(month: string, language: StatementLanguage): string {
  const [y, m] = month.split('-').map(Number);
  const locale = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[language];
  return new Date(Date.UTC(y!, m! - 1, 1)).toLocaleDateString(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The statement as an A4 PDF in its own language. */
export async function renderStatementPdf(statement: CarerStatement, payeeName: string): Promise<Uint8Array> {
  const lang = statement.language;
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(`${texts['title']![lang]} ${statement.month}`);
  pdf.setLanguage(lang);
  pdf.setCreator('Luotsi');
  pdf.setProducer('Luotsi');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page = pdf.addPage(pageSize);
  let y = pageSize[1] - margin;
  const right = pageSize[0] - margin;
  const line = (text: string, font: PDFFont = regular, size = 11, amount?: string) => {
    if (y - 18 < margin) {
      page = pdf.addPage(pageSize);
      y = pageSize[1] - margin;
    }
    y -= size + 6;
    page.drawText(text, { x: margin, y, size, font });
    if (amount) page.drawText(amount, { x: right - font.widthOfTextAtSize(amount, size), y, size, font });
  };
  const t = (key: string) => texts[key]![lang];

  line(t('title'), bold, 18);
  line(`${t('payee')}: ${payeeName}`);
  line(`${t('month')}: ${monthText(statement.month, lang)}`);
  line(`${t('paymentDate')}: ${dateText(statement.paymentDate, lang)}`);
  y -= 10;
  for (const l of statement.lines) {
    line(l.label, bold, 11, euros(l.amountCents, lang));
    const periods = l.periods.map((p) => (p.from === p.to ? dateText(p.from, lang) : `${dateText(p.from, lang)} – ${dateText(p.to, lang)}`)).join(', ');
    if (l.kind === 'fee' && l.days !== null)
      line(`${periods} (${l.days} ${t('of')} ${l.daysInMonth} ${t('days')}, ${euros(l.monthlyCents ?? 0, lang)})`, regular, 9);
    else if (periods) line(periods, regular, 9);
    if (l.correctsMonth) line(`${t('corrects')}: ${monthText(l.correctsMonth, lang)}`, regular, 9);
    if (l.note) line(l.note, regular, 9);
  }
  y -= 10;
  line(t('taxable'), regular, 11, euros(statement.taxableCents, lang));
  line(t('nonTaxable'), regular, 11, euros(statement.nonTaxableCents, lang));
  line(t('total'), bold, 12, euros(statement.totalCents, lang));
  y -= 10;
  line(t('note'), regular, 8);
  return pdf.save();
}

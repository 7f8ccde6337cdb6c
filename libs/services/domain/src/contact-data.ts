/**
 * Personal contact data in PTV channels. Channels sometimes list an employee's own mobile
 * number or firstname.lastname e-mail; the catalogue shows and indexes only the service's own
 * (functional) contact points. The rules err on the side of leaving a number out.
 */

/** Words that make an address or a label a service's rather than a person's. */
const functionalWords = [
  'info', 'neuvonta', 'rådgivning', 'radgivning', 'kirjaamo', 'registratur', 'asiakaspalvelu', 'kundtjanst', 'kundtjänst',
  'palvelu', 'palvelut', 'service', 'tjanst', 'tjänst', 'toimisto', 'kansli', 'ajanvaraus', 'tidsbokning', 'vastaanotto',
  'mottagning', 'neuvola', 'rådgivningen', 'keskus', 'central', 'centralen', 'päivystys', 'jour', 'vaihde', 'växel',
  'kanslia', 'yhdistys', 'förening', 'seurakunta', 'församling', 'helpdesk', 'tuki', 'stöd', 'contact', 'kontakt',
  'yhteys', 'office', 'nuoriso', 'ungdom', 'perhe', 'familj', 'omais', 'närstående', 'senior', 'diakonia', 'diakoni',
];

const personTitles = [
  'ohjaaja', 'työntekijä', 'sairaanhoitaja', 'terveydenhoitaja', 'sosiaalityöntekijä', 'koordinaattori', 'päällikkö',
  'johtaja', 'esihenkilö', 'handledare', 'arbetare', 'sjukskötare', 'hälsovårdare', 'koordinator', 'chef', 'ledare',
  'worker', 'nurse', 'coordinator', 'manager', 'yhteyshenkilö', 'kontaktperson', 'contact person',
];

const hasFunctionalWord = (text: string) => {
  const lower = text.toLowerCase();
  return functionalWords.some((word) => lower.includes(word));
};

/** e.g. "maija.meikalainen@…" or "maija.k.meikalainen@…": a person's own address. */
export function isPersonalEmail(email: string): boolean {
  const local = email.trim().toLowerCase().split('@')[0] ?? '';
  if (hasFunctionalWord(local)) return false;
  return /^[\p{L}-]{2,}\.(?:[\p{L}]\.)?[\p{L}-]{2,}$/u.test(local);
}

/** A Finnish mobile number (04x, 050): how employees' work phones usually look. */
export function isMobileNumber(prefix: string | undefined, number: string): boolean {
  const digits = number.replace(/[^\d]/g, '');
  const national = (prefix ?? '').replace(/[^\d]/g, '') === '358' || prefix === undefined || prefix === '' ? digits.replace(/^0/, '') : '';
  return /^(4\d|50)\d{5,8}$/.test(national);
}

/** Two capitalised words in a row, e.g. "Maija Meikäläinen", that are not a service's name. */
function namesAPerson(label: string): boolean {
  if (hasFunctionalWord(label)) return false;
  return /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+/u.test(label) || personTitles.some((t) => label.toLowerCase().includes(t));
}

export interface PhoneForCheck {
  prefixNumber?: string;
  number: string;
  /** The phone's labels in any language. */
  labels: readonly string[];
  isFinnishServiceNumber?: boolean;
}

/** A mobile number labelled with a person's name or title is an employee's own phone. */
export function isPersonalPhone(phone: PhoneForCheck): boolean {
  if (phone.isFinnishServiceNumber) return false;
  if (!isMobileNumber(phone.prefixNumber, phone.number)) return false;
  return phone.labels.some(namesAPerson);
}

/** Personal e-mail addresses in free text, replaced by an ellipsis (descriptions sometimes name them). */
export function redactPersonalEmails(text: string): string {
  return text.replace(/[\p{L}\d._%+-]+@[\p{L}\d.-]+\.[a-z]{2,}/giu, (email) => (isPersonalEmail(email) ? '…' : email));
}

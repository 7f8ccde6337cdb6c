/**
 * Normalising what a resident types into the search box. Anything may arrive (a pasted page of
 * text, emoji, tsquery operators such as `&|!:*()`, quotes, control characters): the result is a
 * short list of plain words made of letters and digits only, so the text search configuration
 * never sees an operator and a 10,000-character query costs no more than a short one.
 */

/** At most this many characters are looked at; the rest of a pasted text is ignored. */
export const maxQueryInputLength = 1000;
/** The normalised query kept for statistics (the event table's column is this wide). */
export const maxNormalizedQueryLength = 200;
/** Words beyond this are ignored: every word must match, so more only narrows to nothing. */
export const maxQueryTerms = 8;
/** Longer "words" are not words (hashes, pasted URLs); they are cut to this length. */
export const maxTermLength = 40;

export interface NormalizedQuery {
  /** The words joined by single spaces: what statistics record, at most 200 characters. */
  text: string;
  /** Lower-case words of letters and digits, without duplicates, in the order typed. */
  terms: string[];
}

const word = /[\p{L}\p{N}]+/gu;

/** Splits a text into lower-case words of letters and digits (hyphens and apostrophes split). */
export function tokenize(text: string): string[] {
  return text.normalize('NFKC').toLocaleLowerCase('fi').match(word) ?? [];
}

export function normalizeQuery(raw: string | null | undefined): NormalizedQuery {
  const input = (raw ?? '').slice(0, maxQueryInputLength);
  const terms: string[] = [];
  for (const token of tokenize(input)) {
    const term = token.slice(0, maxTermLength);
    if (!terms.includes(term)) terms.push(term);
    if (terms.length === maxQueryTerms) break;
  }
  let text = terms.join(' ');
  if (text.length > maxNormalizedQueryLength) text = text.slice(0, maxNormalizedQueryLength).trimEnd();
  return { text, terms };
}

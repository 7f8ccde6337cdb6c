/**
 * Compound-friendly and typo-tolerant matching without a database extension: a vocabulary of the
 * words in the catalogue's service names (all languages) is kept in memory, and each query word
 * is expanded to the vocabulary's words that are its inflections, compound parts or near misses.
 * The text search then runs over the stemmed expansion (see tsQueryText). Snowball stemming alone
 * is not enough for Finnish and Swedish compounds and consonant gradation: "perhekeskukset"
 * stems to "perhekeskuks" while "perhekeskus" stays "perhekeskus"; "familjecenter" stems to
 * "familjecent" and "familjecentret" stays as it is.
 */
import { tokenize } from './query';

/** Word → how many names use it. */
export type Vocabulary = ReadonlyMap<string, number>;

/** Words shorter than this are too common as parts of other words to expand. */
export const minExpandableLength = 4;
/** At most this many vocabulary words per query word (the best ones). */
export const maxVariants = 12;

export function buildVocabulary(texts: Iterable<string>): Map<string, number> {
  const words = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(tokenize(text))) {
      if (word.length >= 2 && word.length <= 40) words.set(word, (words.get(word) ?? 0) + 1);
    }
  }
  return words;
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), stopping above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

/** Typos allowed for a word of this length: none below 4 letters, 1 up to 7, then 2. */
export function allowedTypos(length: number): number {
  return length < minExpandableLength ? 0 : length < 8 ? 1 : 2;
}

export type MatchKind = 'exact' | 'inflection' | 'compound' | 'typo';

export interface TermMatch {
  word: string;
  kind: MatchKind;
  /** Lower is better: exact 0, inflection 1, compound part 2, typo 2 + edits. */
  score: number;
}

/** How a vocabulary word relates to a query word, or null when it does not. */
export function matchWord(term: string, word: string): TermMatch | null {
  if (word === term) return { word, kind: 'exact', score: 0 };
  if (term.length < minExpandableLength) return null;
  const prefix = commonPrefixLength(term, word);
  // Same stem, another ending (Finnish cases and plurals, Swedish definite forms), or a compound
  // that starts with the word ("perhe" → "perhekeskus").
  // Two letters of slack: Finnish plural and case endings after gradation ("perhekeskus" →
  // "perhekeskukset"), Swedish definite forms ("familjecenter" → "familjecentret"), but not
  // another compound on the same first part ("familjecenter" ≠ "familjecafé") nor a short word
  // that merely starts the same ("familjecenter" ≠ "family").
  if (prefix >= minExpandableLength && prefix >= Math.min(term.length, word.length) - 2 && prefix >= Math.max(term.length, word.length) - 4)
    return { word, kind: 'inflection', score: 1 };
  // A compound with the word inside ("neuvola" → "lastenneuvola"), or a part of a compound typed
  // as one word ("perhekeskuspalvelut" → "perhekeskus").
  if (word.includes(term) || (word.length >= 5 && term.includes(word))) return { word, kind: 'compound', score: 2 };
  const max = allowedTypos(Math.min(term.length, word.length));
  if (max > 0) {
    const distance = editDistance(term, word, max);
    if (distance <= max) return { word, kind: 'typo', score: 2 + distance };
  }
  return null;
}

/** The vocabulary's words that a query word should also find, best first (then the most used). */
export function expandTerm(term: string, vocabulary: Vocabulary, limit = maxVariants): TermMatch[] {
  const matches: (TermMatch & { uses: number })[] = [];
  for (const [word, uses] of vocabulary) {
    const match = matchWord(term, word);
    if (match) matches.push({ ...match, uses });
  }
  return matches
    .sort((a, b) => a.score - b.score || b.uses - a.uses || a.word.localeCompare(b.word))
    .slice(0, limit)
    .map(({ word, kind, score }) => ({ word, kind, score }));
}

/**
 * "Did you mean": each word the vocabulary does not know (exactly or as the start of a word) is
 * replaced by its closest known word; null when nothing changes or nothing is close.
 */
export function suggestQuery(terms: readonly string[], vocabulary: Vocabulary): string | null {
  let changed = false;
  const suggested = terms.map((term) => {
    if (vocabulary.has(term) || term.length < minExpandableLength) return term;
    let best: { word: string; distance: number; uses: number } | null = null;
    for (const [word, uses] of vocabulary) {
      if (word.startsWith(term)) return term;
      const max = allowedTypos(term.length);
      const distance = editDistance(term, word, max);
      if (distance <= max && (!best || distance < best.distance || (distance === best.distance && uses > best.uses))) best = { word, distance, uses };
    }
    if (!best) return term;
    changed = true;
    return best.word;
  });
  return changed ? suggested.join(' ') : null;
}

/**
 * The text for PostgreSQL's to_tsquery: every query word must match (AND), through any of its
 * variants (OR). A word the names do not know is also looked up as a prefix (a word still being
 * typed, or one of a summary); a known word is not, as a prefix scan over a large catalogue makes
 * PostgreSQL read the whole table. The words come from tokenize(), letters and digits only, so
 * they can carry no tsquery operator.
 */
export function tsQueryText(groups: readonly { term: string; variants: readonly string[] }[]): string {
  return groups
    .map(({ term, variants }) => {
      const alternatives = [variants.length ? term : `${term}:*`, ...variants.filter((v) => v !== term)];
      return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' | ')})`;
    })
    .join(' & ');
}

import { describe, expect, it } from 'vitest';
import {
  buildVocabulary,
  cleanFilters,
  decodeCursor,
  editDistance,
  encodeCursor,
  expandTerm,
  hasFilters,
  haversineKm,
  maxNormalizedQueryLength,
  maxQueryTerms,
  normalizeQuery,
  suggestQuery,
  themeOf,
  tsQueryText,
} from './index';

describe('normalizeQuery', () => {
  it('keeps words of letters and digits, lower-case, without duplicates', () => {
    expect(normalizeQuery('  Perhekeskus  TAPIOLA perhekeskus ')).toEqual({ text: 'perhekeskus tapiola', terms: ['perhekeskus', 'tapiola'] });
    expect(normalizeQuery('Familjecenter, Esbo').terms).toEqual(['familjecenter', 'esbo']);
    expect(normalizeQuery('Äitiysneuvola Åbo').terms).toEqual(['äitiysneuvola', 'åbo']);
  });

  it('strips text search operators and odd characters', () => {
    expect(normalizeQuery("neuvola & !koti | (apu):* 'x' \\ <script>").terms).toEqual(['neuvola', 'koti', 'apu', 'x', 'script']);
    expect(normalizeQuery('&|!:*()\'"\\\u0000\u200b😀').terms).toEqual([]);
    expect(normalizeQuery(null)).toEqual({ text: '', terms: [] });
  });

  it('caps a 10,000-character query to a few words and 200 characters', () => {
    const long = normalizeQuery('perhe'.repeat(2000));
    expect(long.terms).toHaveLength(1);
    expect(long.terms[0]!.length).toBeLessThanOrEqual(40);
    const many = normalizeQuery(Array.from({ length: 2000 }, (_, i) => `sana${i}`).join(' '));
    expect(many.terms).toHaveLength(maxQueryTerms);
    expect(many.text.length).toBeLessThanOrEqual(maxNormalizedQueryLength);
  });
});

describe('cursors', () => {
  const id = '3f1d1c2e-8a4b-4c5d-9e6f-0a1b2c3d4e5f';

  it('round-trip, and are refused for another sort or when tampered with', () => {
    for (const cursor of [
      { sort: 'relevance' as const, key: 0.0607927106320858, id },
      { sort: 'distance' as const, key: null, id },
      { sort: 'name' as const, key: 'Perheneuvola – Åbo', id },
    ]) {
      const encoded = encodeCursor(cursor);
      expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(encoded, cursor.sort)).toEqual(cursor);
    }
    const relevance = encodeCursor({ sort: 'relevance', key: 0.5, id });
    expect(decodeCursor(relevance, 'distance')).toBeNull();
    expect(decodeCursor(relevance.slice(0, -3), 'relevance')).toBeNull();
    expect(decodeCursor('not a cursor!', 'relevance')).toBeNull();
    expect(decodeCursor(btoa(JSON.stringify(['relevance', 1, "x' OR 1=1"])), 'relevance')).toBeNull();
    expect(decodeCursor(btoa(JSON.stringify(['relevance', 'NaN', id])), 'relevance')).toBeNull();
  });
});

describe('haversineKm', () => {
  it('gives known distances between Finnish towns', () => {
    const helsinki = { latitude: 60.1699, longitude: 24.9384 };
    const turku = { latitude: 60.4518, longitude: 22.2666 };
    expect(haversineKm(helsinki, turku)).toBeCloseTo(150.3, 0);
    expect(haversineKm(helsinki, helsinki)).toBe(0);
    expect(haversineKm(helsinki, turku)).toBeCloseTo(haversineKm(turku, helsinki), 9);
  });
});

describe('filters', () => {
  it('are cleaned of duplicates and malformed values, and capped', () => {
    const filters = cleanFilters({
      municipalityCodes: ['049', '049', "049'; DROP", ''],
      themes: Array.from({ length: 50 }, (_, i) => `P${i}`),
      freeOfCharge: null,
    });
    expect(filters.municipalityCodes).toEqual(['049']);
    expect(filters.themes).toHaveLength(20);
    expect(filters.freeOfCharge).toBe(false);
    expect(hasFilters(filters)).toBe(true);
    expect(hasFilters(cleanFilters({}))).toBe(false);
  });

  it('take the theme from the top-level service class', () => {
    expect(themeOf('P3.4')).toBe('P3');
    expect(themeOf('P10')).toBe('P10');
  });
});

describe('expanding query words', () => {
  const vocabulary = buildVocabulary([
    'Perhekeskus Tapiola',
    'Perhekeskus Leppävaara',
    'Lastenneuvola',
    'Äitiysneuvola',
    'Familjecentret i Hagalund',
    'Familjecafé',
    'Family',
    'Kotihoito',
    'Kotisairaala',
    'Perheneuvola',
  ]);
  const words = (term: string) => expandTerm(term, vocabulary).map((m) => m.word);

  it('finds inflected forms despite consonant gradation', () => {
    expect(words('perhekeskukset')).toEqual(['perhekeskus']);
    expect(words('familjecenter')).toEqual(['familjecentret']);
    expect(words('kotihoidon')).toEqual(['kotihoito']);
  });

  it('finds compounds that contain the word, and compounds that start with it', () => {
    expect(words('neuvola')).toEqual(expect.arrayContaining(['lastenneuvola', 'äitiysneuvola', 'perheneuvola']));
    expect(words('perhe')).toEqual(expect.arrayContaining(['perhekeskus', 'perheneuvola']));
    expect(words('perhekeskuspalvelut')).toContain('perhekeskus');
  });

  it('tolerates typos by word length, and leaves unrelated words out', () => {
    expect(words('kotihiito')).toEqual(['kotihoito']);
    expect(words('lastenneuvloa')).toEqual(['lastenneuvola']);
    expect(words('koti')).not.toContain('tapiola');
    expect(words('kotihoito')).not.toContain('kotisairaala');
    expect(words('zzzz')).toEqual([]);
  });

  it('ranks exact words first', () => {
    expect(expandTerm('perhekeskus', vocabulary)[0]).toEqual({ word: 'perhekeskus', kind: 'exact', score: 0 });
  });

  it('suggests the closest known words, or nothing when all are known', () => {
    expect(suggestQuery(['perhekeskys', 'tapiola'], vocabulary)).toBe('perhekeskus tapiola');
    expect(suggestQuery(['perhekeskus', 'tapio'], vocabulary)).toBeNull();
    expect(suggestQuery(['qwerty'], vocabulary)).toBeNull();
  });

  it('measures edits with adjacent swaps as one', () => {
    expect(editDistance('neuvola', 'nuevola')).toBe(1);
    expect(editDistance('kissa', 'koira')).toBe(3);
    expect(editDistance('kissa', 'koira', 1)).toBe(2);
  });

  it('builds a tsquery text where every word must match through any variant, unknown words as prefixes', () => {
    expect(tsQueryText([{ term: 'perhekeskukset', variants: ['perhekeskus'] }, { term: 'tapiola', variants: ['tapiola'] }, { term: 'lapsip', variants: [] }])).toBe(
      '(perhekeskukset | perhekeskus) & tapiola & lapsip:*',
    );
  });
});

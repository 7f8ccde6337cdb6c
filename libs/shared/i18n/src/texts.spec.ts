import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineTexts, type TextKey, type Texts, type TypedT } from './texts';

const fi = defineTexts({
  title: 'Perhekeskus',
  articles: {
    heading: 'Artikkelit',
    count_one: '{{count}} artikkeli',
    count_other: '{{count}} artikkelia',
  },
});

describe('typed texts', () => {
  it('asks other languages for the same keys with any string values', () => {
    const sv: Texts<typeof fi> = {
      title: 'Familjecenter',
      articles: { heading: 'Artiklar', count_one: '{{count}} artikel', count_other: '{{count}} artiklar' },
    };
    expect(sv.articles.count_other).toBe('{{count}} artiklar');
    expectTypeOf(fi.title).toEqualTypeOf<string>();
  });

  it('makes a missing or an extra key a compile error', () => {
    // @ts-expect-error -- 'articles' is missing
    const missing: Texts<typeof fi> = { title: 'x' };
    const nestedMissing: Texts<typeof fi> = {
      title: 'x',
      // @ts-expect-error -- 'count_other' is missing
      articles: { heading: 'x', count_one: 'x' },
    };
    const extra: Texts<typeof fi> = {
      title: 'x',
      articles: {
        heading: 'x',
        count_one: 'x',
        count_other: 'x',
        // @ts-expect-error -- not in the Finnish source
        count_zero: 'x',
      },
    };
    expect([missing, nestedMissing, extra]).toHaveLength(3);
  });

  it('lets a typed t() accept only existing keys', () => {
    const t: TypedT<typeof fi> = (key) => key;
    expect(t('articles.count', { count: 2 })).toBe('articles.count');
    // @ts-expect-error -- no such key
    t('articles.title');
  });

  it('lists dotted keys and plural bases', () => {
    expectTypeOf<TextKey<typeof fi>>().toEqualTypeOf<
      'title' | 'articles.heading' | 'articles.count' | 'articles.count_one' | 'articles.count_other'
    >();
  });
});

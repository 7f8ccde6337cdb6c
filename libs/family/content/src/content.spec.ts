import { describe, expect, it } from 'vitest';
import { wordCount } from './markdown';
import { loadArticles } from './node';
import { lifeStages, topics } from './vocabulary';

/** The real demo content in libs/family/content/articles. */
const articles = loadArticles();

describe('the family-center articles', () => {
  it('load and validate, at least 40 of them', () => {
    expect(articles.length).toBeGreaterThanOrEqual(40);
  });

  it('cover every life stage with at least four articles', () => {
    const counts = Object.fromEntries(
      lifeStages.map((s) => [s.key, articles.filter((a) => a.lifeStage === s.key).length]),
    );
    for (const [stage, count] of Object.entries(counts))
      expect(count, stage).toBeGreaterThanOrEqual(4);
  });

  it('cover the topics families asked about', () => {
    const used = new Set(articles.flatMap((a) => a.topics));
    for (const topic of [
      'sleep',
      'feeding',
      'emotions',
      'relationships',
      'separation',
      'money',
      'disability',
      'development',
      'screens',
      'school',
      'bullying',
      'substances',
      'mental-health',
      'safety',
    ])
      expect(used, topic).toContain(topic);
    expect(topics.filter((t) => !used.has(t.key)).map((t) => t.key)).toEqual([]);
  });

  it('are translated into Swedish and English where promised, and some are deliberately only in Finnish', () => {
    const count = (language: 'sv' | 'en') =>
      articles.filter((a) => a.languages.includes(language)).length;
    expect(count('sv')).toBeGreaterThanOrEqual(32);
    expect(count('en')).toBeGreaterThanOrEqual(20);
    expect(articles.filter((a) => a.languages.length === 1).length).toBeGreaterThanOrEqual(3);
  });

  it('are 250–600 words in Finnish and real text, not placeholders', () => {
    for (const a of articles) {
      expect(wordCount(a.body.fi), a.slug).toBeGreaterThanOrEqual(250);
      expect(wordCount(a.body.fi), a.slug).toBeLessThanOrEqual(600);
      for (const body of Object.values(a.body))
        expect(body, a.slug).not.toMatch(/lorem|ipsum|TODO|TBD/i);
    }
  });

  it('link related articles that exist and relate to at least one service or article', () => {
    const slugs = new Set(articles.map((a) => a.slug));
    for (const a of articles) {
      expect(a.relatedArticles.length, a.slug).toBeGreaterThan(0);
      for (const related of a.relatedArticles)
        expect(slugs, `${a.slug} → ${related}`).toContain(related);
      expect(
        a.relatedServices.queries.length + a.relatedServices.targetGroups.length,
        a.slug,
      ).toBeGreaterThan(0);
    }
  });

  it('mark health content for professional review', () => {
    for (const a of articles.filter((x) =>
      x.topics.some((t) =>
        ['health', 'feeding', 'sleep', 'mental-health', 'substances'].includes(t),
      ),
    ))
      expect(a.reviewStatus, a.slug).toBe('needs-review');
  });

  it('give translations the same sections as the Finnish original', () => {
    const headings = (body: string) => (body.match(/^#{2,3} /gm) ?? []).length;
    for (const a of articles)
      for (const language of a.languages)
        expect(headings(a.body[language] as string), `${a.slug}/${language}`).toBe(
          headings(a.body.fi),
        );
  });

  it('keep the emergency and crisis numbers they give correct', () => {
    const all = articles.flatMap((a) => Object.values(a.body)).join('\n');
    // Only these numbers are quoted; a typo in one could cost a family precious time.
    const phoneLike =
      all.match(/\b\d{2,4}(?: \d{2,4}){1,3}\b|\b11[26]\b|\b116 1(?:11|17)\b/g) ?? [];
    const allowed = [
      '112',
      '080 005 005',
      '116 111',
      '116 117',
      '09 2525 0111',
      '09 2525 0112',
      '0800 147 111',
    ];
    const unknown = phoneLike.filter((n) => /^0|^11/.test(n) && !allowed.includes(n));
    expect(unknown).toEqual([]);
  });
});

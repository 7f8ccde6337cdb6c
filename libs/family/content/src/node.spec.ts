import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleContentError } from './article';
import { loadArticles } from './node';

const meta = (slug: string, related: string[] = []) =>
  JSON.stringify({
    slug,
    lifeStage: 'teen',
    topics: ['money'],
    relatedArticles: related,
    relatedServices: { queries: ['talous- ja velkaneuvonta'], targetGroups: ['KR1.3'] },
    authorRole: 'benefits-advisor',
    reviewStatus: 'needs-review',
    reviewedAt: null,
    publishedAt: '2026-10-22T06:00:00Z',
  });
const fi = '---\ntitle: Raha\nsummary: Lyhyesti.\n---\n## Raha\n\nTeksti.\n';

let dir = '';
function write(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'family-content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function problemsOf(folder: string): string[] {
  try {
    loadArticles(folder);
  } catch (error) {
    if (error instanceof ArticleContentError)
      return error.problems.map((p) => p.replace(folder, '<dir>'));
    throw error;
  }
  return [];
}

describe('loadArticles', () => {
  it('reads each folder’s article.json and language files', () => {
    const articles = loadArticles(
      write({
        'raha/article.json': meta('raha'),
        'raha/fi.md': fi,
        'raha/en.md': fi.replace('Raha', 'Money'),
      }),
    );
    expect(articles.map((a) => [a.slug, a.languages])).toEqual([['raha', ['fi', 'en']]]);
  });

  it('lists every problem with the file it is in', () => {
    const folder = write({
      'raha/article.json': meta('raha', ['velka']),
      'raha/fi.md': fi,
      'raha/notes.txt': 'muistiinpanoja',
      'velka/article.json': '{ "slug": ',
      'kela/article.json': meta('kela'),
    });
    const problems = problemsOf(folder);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/raha\/notes\.txt: unexpected file/);
    expect(problems[1]).toMatch(/velka\/article\.json: .*JSON/);
    expect(problems[2]).toMatch(
      /kela\/fi\.md: missing; every article is written in Finnish first$/,
    );
    // The unreadable article's slug is unknown, so the link to it cannot be checked either.
    expect(problems[3]).toMatch(/raha\/article\.json: related article "velka" does not exist$/);
  });
});

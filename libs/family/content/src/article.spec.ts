import { describe, expect, it } from 'vitest';
import {
  type Article,
  ArticleContentError,
  localize,
  parseArticle,
  parseArticles,
  searchArticles,
  toArticleRecord,
} from './article';
import { markdownProblems, parseFrontMatter } from './markdown';
import { lifeStages, topics, vocabularyLabel } from './vocabulary';

const meta = (overrides: Record<string, unknown> = {}) => ({
  slug: 'vauvan-uni',
  lifeStage: 'baby',
  topics: ['sleep'],
  relatedArticles: [],
  relatedServices: { queries: ['neuvola'], targetGroups: ['KR1.2'] },
  authorRole: 'public-health-nurse',
  reviewStatus: 'needs-review',
  reviewedAt: null,
  publishedAt: '2026-09-01T06:00:00Z',
  ...overrides,
});
const fi =
  '---\ntitle: Vauvan uni\nsummary: Lyhyesti unesta.\n---\n## Uni\n\nVauva nukkuu paljon.\n\n- Pidä yöt hämärinä.\n';
const location = 'articles/vauvan-uni';

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ArticleContentError) return error.problems;
    throw error;
  }
  return [];
}

describe('parseArticle', () => {
  it('builds an article with the languages it is written in', () => {
    const article = parseArticle({
      meta: meta(),
      texts: { fi, sv: fi.replace('Vauvan uni', 'Babyns sömn') },
      location,
    });
    expect(article.title).toEqual({ fi: 'Vauvan uni', sv: 'Babyns sömn' });
    expect(article.languages).toEqual(['fi', 'sv']);
    expect(article.body.fi).toMatch(/^## Uni/);
  });

  it('names the file of every problem', () => {
    const problems = problemsOf(() =>
      parseArticle({
        meta: meta({ lifeStage: 'infant', topics: ['sleep', 'napping'] }),
        texts: { fi, sv: 'title: ei rajoja' },
        location,
      }),
    );
    expect(problems).toEqual([
      'articles/vauvan-uni/article.json: unknown life stage "infant"',
      'articles/vauvan-uni/article.json: unknown topic "napping"',
      'articles/vauvan-uni/sv.md: front matter must start on the first line with ---',
    ]);
  });

  it('requires the Finnish text', () => {
    expect(problemsOf(() => parseArticle({ meta: meta(), texts: { sv: fi }, location }))).toContain(
      'articles/vauvan-uni/fi.md: missing; every article is written in Finnish first',
    );
  });

  it('rejects a slug that differs from the folder and a reviewed article without a date', () => {
    const problems = problemsOf(() =>
      parseArticle({
        meta: meta({ slug: 'vauvan-unet', reviewStatus: 'reviewed' }),
        texts: { fi },
        location,
      }),
    );
    expect(problems).toContain(
      'articles/vauvan-uni/article.json: slug "vauvan-unet" does not match its folder name',
    );
    expect(problems).toContain(
      'articles/vauvan-uni/article.json: a reviewed article needs reviewedAt',
    );
  });

  it('reports front matter and Markdown errors', () => {
    const broken = '---\ntitle: Uni\nauthor: Minä\n---\n## Uni\n';
    expect(
      problemsOf(() => parseArticle({ meta: meta(), texts: { fi: broken }, location })),
    ).toEqual([
      'articles/vauvan-uni/fi.md: unknown front matter key "author" (allowed: title, summary)',
    ]);
    const badMarkdown = '---\ntitle: Uni\nsummary: S\n---\n#### Syvä\n\n* tähti\n';
    expect(
      problemsOf(() => parseArticle({ meta: meta(), texts: { fi: badMarkdown }, location })),
    ).toEqual([
      'articles/vauvan-uni/fi.md: line 1: heading deeper than ###',
      'articles/vauvan-uni/fi.md: line 1: heading jumps from level 1 to 4',
      'articles/vauvan-uni/fi.md: line 3: use "- " for bullet lists',
      'articles/vauvan-uni/fi.md: the body has no ## headings; long text needs sections',
    ]);
  });
});

describe('parseArticles', () => {
  it('reports related articles that do not exist', () => {
    const problems = problemsOf(() =>
      parseArticles([{ meta: meta({ relatedArticles: ['olematon'] }), texts: { fi }, location }]),
    );
    expect(problems).toEqual([
      'articles/vauvan-uni/article.json: related article "olematon" does not exist',
    ]);
  });

  it('reports duplicate slugs', () => {
    const source = { meta: meta(), texts: { fi } };
    expect(problemsOf(() => parseArticles([source, source]))).toEqual([
      'vauvan-uni: two articles have this slug',
    ]);
  });
});

describe('Markdown checks', () => {
  it('accepts the articles’ subset and flags broken links and bold', () => {
    expect(
      markdownProblems(
        '## Apu\n\n1. Soita [Nollalinjaan](tel:080005005).\n2. Lue [lisää](https://www.kela.fi).\n',
      ),
    ).toEqual([]);
    expect(
      markdownProblems(
        '## Apu\n\nKatso [Kela] (https://www.kela.fi) ja **tärkeää.\n[x](/sisainen)',
      ),
    ).toEqual([
      'line 3: unbalanced ** (bold)',
      'line 4: link target must be https:// or tel:, got /sisainen',
    ]);
  });

  it('parses quoted front matter values', () => {
    expect(
      parseFrontMatter('---\ntitle: "Uni: perusasiat"\nsummary: Lyhyesti\n---\nTeksti', [
        'title',
        'summary',
      ]),
    ).toEqual({
      fields: { title: 'Uni: perusasiat', summary: 'Lyhyesti' },
      body: 'Teksti',
    });
  });
});

describe('reading and finding articles', () => {
  const article = (
    slug: string,
    lifeStage: Article['lifeStage'],
    topic: Article['topics'][number],
    title: Article['title'],
  ): Article => ({
    ...parseArticle({ meta: meta({ slug, lifeStage, topics: [topic] }), texts: { fi } }),
    title,
  });
  const all = [
    article('uni', 'baby', 'sleep', { fi: 'Vauvan uni', sv: 'Babyns sömn' }),
    article('kiukku', 'toddler', 'emotions', { fi: 'Kun taapero suuttuu' }),
  ];

  it('shows Finnish with a fallback flag when the reader’s language is missing', () => {
    expect(localize({ fi: 'Uni', sv: 'Sömn' }, 'sv')).toEqual({
      text: 'Sömn',
      language: 'sv',
      isFallback: false,
    });
    expect(localize({ fi: 'Uni' }, 'en')).toEqual({
      text: 'Uni',
      language: 'fi',
      isFallback: true,
    });
  });

  it('filters by life stage and topic and searches in the reader’s language', () => {
    expect(
      searchArticles(all, { language: 'fi', lifeStage: 'toddler' }).map((a) => a.slug),
    ).toEqual(['kiukku']);
    expect(searchArticles(all, { language: 'fi', topic: 'sleep' }).map((a) => a.slug)).toEqual([
      'uni',
    ]);
    expect(searchArticles(all, { language: 'sv', text: 'SÖMN' }).map((a) => a.slug)).toEqual([
      'uni',
    ]);
    expect(searchArticles(all, { language: 'en', text: 'taapero' }).map((a) => a.slug)).toEqual([
      'kiukku',
    ]);
  });

  it('maps to the database row with the main topic', () => {
    expect(toArticleRecord(all[0] as Article)).toMatchObject({
      slug: 'uni',
      topic: 'sleep',
      topics: ['sleep'],
      relatedSlugs: [],
      authorRole: 'public-health-nurse',
      publishedAt: new Date('2026-09-01T06:00:00Z'),
    });
  });

  it('labels every life stage and topic in three languages', () => {
    for (const entry of [...lifeStages, ...topics])
      for (const text of Object.values(entry.label)) expect(text.trim()).not.toBe('');
    expect(vocabularyLabel(lifeStages, 'preschool', 'sv')).toBe('Barn under skolåldern (3–6 år)');
  });
});

describe('article bodies as blocks', () => {
  it('turn headings, lists, bold and links into blocks, and never an unsafe link', async () => {
    const { parseMarkdownBlocks } = await import('./markdown');
    const blocks = parseMarkdownBlocks(
      '## Miksi vauva herää\n\nVauva herää **usein**.\nSe on tavallista.\n\n- yksi\n- [Neuvola](https://example.fi)\n\n1. soita [112](tel:112)\n2. [huono](javascript:alert(1))',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, content: [{ kind: 'text', text: 'Miksi vauva herää' }] },
      { kind: 'paragraph', content: [{ kind: 'text', text: 'Vauva herää ' }, { kind: 'bold', text: 'usein' }, { kind: 'text', text: '. Se on tavallista.' }] },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'yksi' }], [{ kind: 'link', text: 'Neuvola', href: 'https://example.fi' }]] },
      { kind: 'list', ordered: true, items: [[{ kind: 'text', text: 'soita ' }, { kind: 'link', text: '112', href: 'tel:112' }], [{ kind: 'text', text: 'huono' }, { kind: 'text', text: ')' }]] },
    ]);
  });
});

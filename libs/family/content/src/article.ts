import { markdownProblems, parseFrontMatter } from './markdown';
import {
  type AuthorRole,
  type ContentLanguage,
  contentLanguages,
  isAuthorRole,
  isLifeStage,
  isTopic,
  type LifeStage,
  type LocalizedText,
  reviewStatuses,
  type ReviewStatus,
  type Topic,
} from './vocabulary';

/**
 * Services to show beside an article. The service tray's search resolves them later: free-text
 * queries (Finnish service names such as "perheneuvola") and PTV target groups (e.g. KR1.2
 * children and families, KR1.3 youth, KR1.6 disabled people).
 */
export interface RelatedServices {
  queries: string[];
  targetGroups: string[];
}

export interface Article {
  slug: string;
  lifeStage: LifeStage;
  /** The main topic first; the database row keeps only that one. */
  topics: Topic[];
  title: LocalizedText;
  summary: LocalizedText;
  /** Markdown. */
  body: LocalizedText;
  /** The languages the article is written in, Finnish first. */
  languages: ContentLanguage[];
  relatedArticles: string[];
  relatedServices: RelatedServices;
  authorRole: AuthorRole;
  reviewStatus: ReviewStatus;
  /** ISO date of the professional review; null while 'needs-review'. */
  reviewedAt: string | null;
  /** ISO timestamp. */
  publishedAt: string;
}

/** One article's raw files: its article.json (parsed) and the Markdown of each language present. */
export interface ArticleSource {
  meta: unknown;
  texts: Partial<Record<ContentLanguage, string>>;
  /** Where the files are, for error messages, e.g. "libs/family/content/articles/vauvan-uni". */
  location?: string;
}

/** Invalid article content; the message names the file so the writer can fix it. */
export class ArticleContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid family-center article content:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ArticleContentError';
  }
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isoDate = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?Z)?$/;
const targetGroupPattern = /^KR\d+(?:\.\d+)*$/;
const metaKeys = [
  'slug',
  'lifeStage',
  'topics',
  'relatedArticles',
  'relatedServices',
  'authorRole',
  'reviewStatus',
  'reviewedAt',
  'publishedAt',
];

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

/**
 * Validates one article's metadata and texts and builds the Article. Collects every problem of the
 * article before throwing, each prefixed with the file it is in.
 */
export function parseArticle(source: ArticleSource): Article {
  const where = source.location ?? '(article)';
  const problems: string[] = [];
  const metaFile = `${where}/article.json`;
  const meta = (
    typeof source.meta === 'object' && source.meta !== null ? source.meta : {}
  ) as Record<string, unknown>;
  if (meta !== source.meta) problems.push(`${metaFile}: must be a JSON object`);
  for (const key of Object.keys(meta))
    if (!metaKeys.includes(key)) problems.push(`${metaFile}: unknown field "${key}"`);

  const slug = meta['slug'];
  if (typeof slug !== 'string' || !slugPattern.test(slug))
    problems.push(
      `${metaFile}: slug must be lowercase words joined by "-", got ${JSON.stringify(slug)}`,
    );
  else if (
    source.location &&
    !source.location.replace(/\\/g, '/').endsWith(`/${slug}`) &&
    source.location !== slug
  )
    problems.push(`${metaFile}: slug "${slug}" does not match its folder name`);
  if (!isLifeStage(meta['lifeStage']))
    problems.push(`${metaFile}: unknown life stage ${JSON.stringify(meta['lifeStage'])}`);
  const topicList = meta['topics'];
  if (!isStringArray(topicList) || topicList.length === 0)
    problems.push(`${metaFile}: topics must be a non-empty list`);
  else {
    for (const t of topicList)
      if (!isTopic(t)) problems.push(`${metaFile}: unknown topic ${JSON.stringify(t)}`);
    if (new Set(topicList).size !== topicList.length)
      problems.push(`${metaFile}: a topic is listed twice`);
  }
  const related = meta['relatedArticles'];
  if (!isStringArray(related))
    problems.push(`${metaFile}: relatedArticles must be a list of slugs`);
  else if (related.includes(slug as string))
    problems.push(`${metaFile}: an article cannot be related to itself`);
  const services = meta['relatedServices'] as Record<string, unknown> | undefined;
  if (
    typeof services !== 'object' ||
    services === null ||
    !isStringArray(services['queries']) ||
    !isStringArray(services['targetGroups'])
  )
    problems.push(
      `${metaFile}: relatedServices must be { queries: string[], targetGroups: string[] }`,
    );
  else
    for (const g of services['targetGroups'] as string[])
      if (!targetGroupPattern.test(g))
        problems.push(`${metaFile}: "${g}" is not a PTV target group code (KR…)`);
  if (!isAuthorRole(meta['authorRole']))
    problems.push(`${metaFile}: unknown author role ${JSON.stringify(meta['authorRole'])}`);
  const reviewStatus = meta['reviewStatus'];
  if (!(reviewStatuses as readonly unknown[]).includes(reviewStatus))
    problems.push(`${metaFile}: reviewStatus must be one of ${reviewStatuses.join(', ')}`);
  const reviewedAt = meta['reviewedAt'] ?? null;
  if (reviewedAt !== null && (typeof reviewedAt !== 'string' || !isoDate.test(reviewedAt)))
    problems.push(`${metaFile}: reviewedAt must be an ISO date or null`);
  // A "reviewed" badge without a date, or a date on unreviewed text, would mislead readers.
  if (reviewStatus === 'reviewed' && reviewedAt === null)
    problems.push(`${metaFile}: a reviewed article needs reviewedAt`);
  if (reviewStatus === 'needs-review' && reviewedAt !== null)
    problems.push(`${metaFile}: reviewedAt is set but reviewStatus is needs-review`);
  const publishedAt = meta['publishedAt'];
  if (
    typeof publishedAt !== 'string' ||
    !isoDate.test(publishedAt) ||
    Number.isNaN(Date.parse(publishedAt))
  )
    problems.push(`${metaFile}: publishedAt must be an ISO timestamp`);

  const title: Partial<LocalizedText> = {};
  const summary: Partial<LocalizedText> = {};
  const body: Partial<LocalizedText> = {};
  const languages: ContentLanguage[] = [];
  if (!source.texts.fi)
    problems.push(`${where}/fi.md: missing; every article is written in Finnish first`);
  for (const language of contentLanguages) {
    const text = source.texts[language];
    if (text === undefined) continue;
    const file = `${where}/${language}.md`;
    try {
      const doc = parseFrontMatter(text, ['title', 'summary']);
      if (!doc.fields['title']) problems.push(`${file}: front matter has no title`);
      if (!doc.fields['summary']) problems.push(`${file}: front matter has no summary`);
      if (doc.body === '') problems.push(`${file}: the article body is empty`);
      for (const p of markdownProblems(doc.body)) problems.push(`${file}: ${p}`);
      title[language] = doc.fields['title'] ?? '';
      summary[language] = doc.fields['summary'] ?? '';
      body[language] = doc.body;
      languages.push(language);
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new ArticleContentError(problems);
  const m = meta as {
    slug: string;
    lifeStage: LifeStage;
    topics: Topic[];
    relatedArticles: string[];
    relatedServices: RelatedServices;
    authorRole: AuthorRole;
    reviewStatus: ReviewStatus;
    publishedAt: string;
  };
  return {
    slug: m.slug,
    lifeStage: m.lifeStage,
    topics: [...m.topics],
    title: title as LocalizedText,
    summary: summary as LocalizedText,
    body: body as LocalizedText,
    languages,
    relatedArticles: [...m.relatedArticles],
    relatedServices: {
      queries: [...m.relatedServices.queries],
      targetGroups: [...m.relatedServices.targetGroups],
    },
    authorRole: m.authorRole,
    reviewStatus: m.reviewStatus,
    reviewedAt: reviewedAt as string | null,
    publishedAt: m.publishedAt,
  };
}

/**
 * Parses every article and checks the set as a whole: slugs are unique and related articles exist.
 * Reports all problems of all articles at once.
 */
export function parseArticles(sources: readonly ArticleSource[]): Article[] {
  const problems: string[] = [];
  const articles: Article[] = [];
  for (const source of sources) {
    try {
      articles.push(parseArticle(source));
    } catch (error) {
      if (error instanceof ArticleContentError) problems.push(...error.problems);
      else throw error;
    }
  }
  // Slugs come from every source, also from articles that failed, so one broken article does not
  // also show up as a "missing" related article elsewhere.
  const locations = new Map<string, string>();
  for (const source of sources) {
    const slug = (source.meta as { slug?: unknown } | null)?.slug;
    if (typeof slug !== 'string') continue;
    if (locations.has(slug)) problems.push(`${slug}: two articles have this slug`);
    locations.set(slug, source.location ?? slug);
  }
  for (const a of articles)
    for (const related of a.relatedArticles)
      if (!locations.has(related))
        problems.push(
          `${locations.get(a.slug)}/article.json: related article "${related}" does not exist`,
        );
  if (problems.length > 0) throw new ArticleContentError(problems);
  return articles.sort((a, b) => a.slug.localeCompare(b.slug));
}

export interface LocalizedChoice {
  text: string;
  language: ContentLanguage;
  /** True when the reader's language is missing and the Finnish text is shown (with a note). */
  isFallback: boolean;
}

/** The text in the reader's language, or the Finnish original marked as a fallback. */
export function localize(text: LocalizedText, language: ContentLanguage): LocalizedChoice {
  const own = text[language];
  return own
    ? { text: own, language, isFallback: false }
    : { text: text.fi, language: 'fi', isFallback: language !== 'fi' };
}

/** The "only in Finnish" note shown above an article that has no text in the reader's language. */
export const onlyInFinnishNote: Required<LocalizedText> = {
  fi: 'Tämä artikkeli on saatavilla vain suomeksi.',
  sv: 'Den här artikeln finns bara på finska.',
  en: 'This article is only available in Finnish.',
};

export interface ArticleQuery {
  lifeStage?: LifeStage;
  topic?: Topic;
  /** Free text, matched against title, summary and body in the reader's language (or Finnish). */
  text?: string;
  language: ContentLanguage;
}

/**
 * Browse and search: articles of the life stage and topic (any of its topics), whose words contain
 * every word of the text. Title matches come first, then alphabetical by title.
 */
export function searchArticles<A extends Pick<Article, 'lifeStage' | 'topics' | 'title' | 'summary' | 'body'>>(
  articles: readonly A[],
  query: ArticleQuery,
): A[] {
  const words = (query.text ?? '').toLocaleLowerCase('fi').split(/\s+/).filter(Boolean);
  const matches = articles.filter((a) => {
    if (query.lifeStage && a.lifeStage !== query.lifeStage) return false;
    if (query.topic && !a.topics.includes(query.topic)) return false;
    const haystack = [a.title, a.summary, a.body]
      .map((t) => localize(t, query.language).text)
      .join('\n')
      .toLocaleLowerCase('fi');
    return words.every((w) => haystack.includes(w));
  });
  const title = (a: A) => localize(a.title, query.language).text;
  const inTitle = (a: A) =>
    words.length > 0 && words.every((w) => title(a).toLocaleLowerCase('fi').includes(w)) ? 0 : 1;
  return matches.sort(
    (a, b) => inTitle(a) - inTitle(b) || title(a).localeCompare(title(b), query.language),
  );
}

/** The fields of the database's Article row (Prisma model Article). */
export interface ArticleRecord {
  slug: string;
  lifeStage: LifeStage;
  /** The main topic; `topics` has it first, then the others. */
  topic: Topic;
  topics: Topic[];
  title: LocalizedText;
  summary: LocalizedText;
  body: LocalizedText;
  relatedSlugs: string[];
  relatedServices: RelatedServices;
  authorRole: AuthorRole;
  publishedAt: Date;
}

export function toArticleRecord(article: Article): ArticleRecord {
  return {
    slug: article.slug,
    lifeStage: article.lifeStage,
    topic: article.topics[0] as Topic,
    topics: [...article.topics],
    title: article.title,
    summary: article.summary,
    body: article.body,
    relatedSlugs: [...article.relatedArticles],
    relatedServices: { queries: [...article.relatedServices.queries], targetGroups: [...article.relatedServices.targetGroups] },
    authorRole: article.authorRole,
    publishedAt: new Date(article.publishedAt),
  };
}

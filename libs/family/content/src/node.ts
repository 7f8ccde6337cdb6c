/**
 * Node-only: reads the article files (build or seed time). Browser code imports the package root.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Article, ArticleContentError, type ArticleSource, parseArticles } from './article';
import { contentLanguages, type ContentLanguage } from './vocabulary';

/**
 * The articles folder: $LUOTSI_ARTICLES_DIR, else libs/family/content/articles next to this source
 * file, else an `articles` folder beside a bundle (a build step can copy it there).
 */
export function defaultArticlesDir(): string {
  const fromEnv = process.env['LUOTSI_ARTICLES_DIR'];
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    fromEnv,
    join(here, '..', 'articles'),
    join(here, 'articles'),
    join(process.cwd(), 'libs/family/content/articles'),
  ];
  const found = candidates.find((c): c is string => !!c && existsSync(c));
  if (!found)
    throw new Error(
      `Family-center articles folder not found; tried ${candidates.filter(Boolean).join(', ')}`,
    );
  return found;
}

/** Reads <dir>/<slug>/{article.json, fi.md, sv.md?, en.md?} and validates them all. */
export function loadArticles(dir: string = defaultArticlesDir()): Article[] {
  const sources: ArticleSource[] = [];
  const problems: string[] = [];
  const shown = (path: string) => relative(process.cwd(), path) || path;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (!entry.isDirectory()) continue;
    const folder = join(dir, entry.name);
    const files = readdirSync(folder);
    for (const f of files)
      if (f !== 'article.json' && !contentLanguages.some((l) => f === `${l}.md`))
        problems.push(
          `${shown(join(folder, f))}: unexpected file (expected article.json, fi.md, sv.md, en.md)`,
        );
    let meta: unknown = undefined;
    try {
      meta = JSON.parse(readFileSync(join(folder, 'article.json'), 'utf8'));
    } catch (error) {
      problems.push(`${shown(join(folder, 'article.json'))}: ${(error as Error).message}`);
      continue;
    }
    const texts: Partial<Record<ContentLanguage, string>> = {};
    for (const language of contentLanguages) {
      if (files.includes(`${language}.md`))
        texts[language] = readFileSync(join(folder, `${language}.md`), 'utf8');
    }
    sources.push({ meta, texts, location: shown(folder) });
  }
  // Report file-level and content problems together, so one run shows everything to fix.
  let articles: Article[] = [];
  try {
    articles = parseArticles(sources);
  } catch (error) {
    if (!(error instanceof ArticleContentError)) throw error;
    problems.push(...error.problems);
  }
  if (problems.length > 0) throw new ArticleContentError(problems);
  return articles;
}

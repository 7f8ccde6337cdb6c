import { languages, type Language } from '@luotsi/shell-contract';
import { beforeAll, inject } from 'vitest';
import { ResidentPortal } from '../pages/ResidentPortal';
import { describe, expect, test } from '../support/fixtures';
import { persistedOperationId, postGraphql } from '../support/graphql';
import { familyCenterTexts, shellTexts } from '../support/texts';

interface LocalizedText {
  text: string;
  language: Language;
  isFallback: boolean;
}
interface Article {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
}

/** The same data the page shows, straight from the BFF with the page's own operation. */
async function articlesFromApi(baseUrl: string, language: Language): Promise<Article[]> {
  const id = persistedOperationId(inject('build'), 'FamilyArticles');
  const { body } = await postGraphql<{ familyArticles: Article[] }>(
    baseUrl,
    { extensions: { persistedQuery: { version: 1, sha256Hash: id } } },
    { 'x-luotsi-csrf': '1', 'x-luotsi-language': language },
  );
  if (!body.data) throw new Error(`familyArticles failed: ${JSON.stringify(body.errors)}`);
  return body.data.familyArticles;
}

describe('family center articles for residents', () => {
  const api = {} as Record<Language, Article[]>;
  beforeAll(async () => {
    for (const language of languages) api[language] = await articlesFromApi(inject('baseUrl'), language);
  });

  test('the demo data has articles, one of them only in Finnish', () => {
    expect(api.fi.length).toBeGreaterThan(1);
    expect(api.sv.some((a) => a.title.isFallback && a.title.language === 'fi')).toBe(true);
  });

  test.for(languages)('in %s the page lists the articles of the database, with a note on Finnish-only ones', async (language, { page }) => {
    const portal = new ResidentPortal(page);
    await portal.goto(language, 'family-center');
    expect(await portal.headingText()).toBe(familyCenterTexts[language].title);

    const items = page.getByTestId('family-articles').locator(':scope > li');
    const expected = api[language];
    expect(await items.count()).toBe(expected.length);
    for (const [index, article] of expected.entries()) {
      const item = items.nth(index);
      const title = item.getByRole('heading', { level: 3 });
      expect((await title.innerText()).trim()).toBe(article.title.text);
      // Content in another language is marked up as such, so screen readers pronounce it right.
      expect(await title.getAttribute('lang')).toBe(article.title.language);
      const note = item.getByText(shellTexts[language].onlyInFinnish, { exact: true });
      expect(await note.count(), `language note on "${article.title.text}" in ${language}`).toBe(
        article.title.isFallback && article.title.language === 'fi' ? 1 : 0,
      );
    }
    if (language === 'fi') expect(await page.locator('.lx-language-note').count()).toBe(0);
    else expect(await page.locator('.lx-language-note').count()).toBeGreaterThan(0);
  });
});

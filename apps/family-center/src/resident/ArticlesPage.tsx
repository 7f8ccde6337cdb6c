import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { useTexts, formatDate } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { isLifeStage, isTopic, lifeStages, topics, vocabularyLabel } from '@luotsi/family-content';
import { Cluster, LanguageNote, Link, PageHeading, RequestError, Skeleton, Stack } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';
import { AskForHelpBanner, readSearch, writeSearch } from './common';

const ArticlesQuery = graphql(`
  query FamilyArticles($lifeStage: String, $topic: String, $text: String) {
    familyArticles(lifeStage: $lifeStage, topic: $topic, text: $text) {
      id
      slug
      lifeStage
      topic
      publishedAt
      title { text language isFallback }
      summary { text language isFallback }
    }
  }
`);

interface Filters {
  stage: string;
  topic: string;
  q: string;
}
const keys = ['stage', 'topic', 'q'] as const;

/** The filters live in the URL (?stage=baby&topic=sleep&q=uni): shareable, and back/forward work. */
function useFilters(): [Filters, (next: Filters) => void] {
  const read = () => readSearch(window.location.search, keys) as unknown as Filters;
  const [filters, setFilters] = useState<Filters>(read);
  useEffect(() => {
    const onPop = () => setFilters(read());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((next: Filters) => {
    window.history.pushState(window.history.state, '', `${window.location.pathname}${writeSearch({ ...next })}`);
    setFilters(next);
  }, []);
  return [filters, navigate];
}

export default function ArticlesPage({ language, to }: ModulePageProps) {
  const { t } = useTexts<typeof fi>('familyCenter');
  const [filters, setFilters] = useFilters();
  const [text, setText] = useState(filters.q);
  // Back and forward change the URL's search words: the field follows (adjusted while rendering).
  const [shownQ, setShownQ] = useState(filters.q);
  if (shownQ !== filters.q) {
    setShownQ(filters.q);
    setText(filters.q);
  }
  const stage = isLifeStage(filters.stage) ? filters.stage : '';
  const topic = isTopic(filters.topic) ? filters.topic : '';
  const articles = useQuery(ArticlesQuery, { lifeStage: stage || null, topic: topic || null, text: filters.q.trim() || null });
  const filtered = Boolean(stage || topic || filters.q.trim());

  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilters({ ...filters, q: text.trim() });
  };

  return (
    <>
      <PageHeading>{t('articles.title')}</PageHeading>
      <p>{t('articles.intro')}</p>
      <AskForHelpBanner to={to} />
      <p>
        <Link href={to('services')}>{t('articles.services')}</Link>
      </p>
      {/* Plain controls with the design system's classes: the field components would add their
          own chunks to this, the family center's most visited page (150 KB first-load budget). */}
      <form onSubmit={search} role="search" aria-label={t('articles.filters')}>
        <Stack gap="s">
          <Cluster gap="m" align="end">
            <div className="lx-field">
              <label className="lx-field__label" htmlFor="family-stage">
                {t('articles.lifeStage')}
              </label>
              <select id="family-stage" className="lx-input lx-select lx-width-medium" value={stage} onChange={(e) => setFilters({ ...filters, stage: e.target.value })}>
                <option value="">{t('articles.all')}</option>
                {lifeStages.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.label[language]}
                  </option>
                ))}
              </select>
            </div>
            <div className="lx-field">
              <label className="lx-field__label" htmlFor="family-topic">
                {t('articles.topic')}
              </label>
              <select id="family-topic" className="lx-input lx-select lx-width-medium" value={topic} onChange={(e) => setFilters({ ...filters, topic: e.target.value })}>
                <option value="">{t('articles.all')}</option>
                {topics.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.label[language]}
                  </option>
                ))}
              </select>
            </div>
          </Cluster>
          <Cluster gap="s" align="end">
            <div className="lx-field">
              <label className="lx-field__label" htmlFor="family-search">
                {t('articles.search')}
              </label>
              <div className="lx-field__hint" id="family-search-hint">
                {t('articles.searchHint')}
              </div>
              <input id="family-search" type="search" className="lx-input lx-width-medium" aria-describedby="family-search-hint" value={text} onChange={(e) => setText(e.target.value)} />
            </div>
            <button type="submit" className="lx-button lx-button--secondary">
              {t('articles.searchButton')}
            </button>
          </Cluster>
        </Stack>
      </form>
      <h2>{t('articles.listTitle')}</h2>
      {articles.status === 'loading' && <Skeleton lines={4} />}
      {articles.status === 'error' && <RequestError error={articles.error} />}
      {articles.status === 'success' && (
        <>
          <p role="status">{t('articles.count', { count: articles.data.familyArticles.length })}</p>
          {articles.data.familyArticles.length === 0 ? (
            <p>{filtered ? t('articles.noMatches') : t('articles.empty')}</p>
          ) : (
            <ul className="lx-stack" data-testid="family-articles">
              {articles.data.familyArticles.map((article) => (
                <li key={article.id} className="lx-card">
                  <h3 lang={article.title.language}>
                    <Link href={to(`articles/${article.slug}`)}>{article.title.text}</Link>
                  </h3>
                  <p className="lx-meta">
                    {vocabularyLabel(lifeStages, article.lifeStage, language)} · {vocabularyLabel(topics, article.topic, language)}
                    {article.publishedAt ? ` · ${formatDate(article.publishedAt, language)}` : ''}
                  </p>
                  <p lang={article.summary.language}>{article.summary.text}</p>
                  <LanguageNote content={article.title} />
                </li>
              ))}
            </ul>
          )}
          {filtered && (
            <button type="button" className="lx-button lx-button--secondary" onClick={() => setFilters({ stage: '', topic: '', q: '' })}>
              {t('articles.clear')}
            </button>
          )}
        </>
      )}
    </>
  );
}

import type { ModulePageProps } from '@luotsi/shell-contract';
import { useTexts, formatDate } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { LanguageNote, PageHeading, RequestError, Skeleton } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';

const ArticlesQuery = graphql(`
  query FamilyArticles {
    familyArticles {
      id
      slug
      lifeStage
      publishedAt
      title { text language isFallback }
      summary { text language isFallback }
    }
  }
`);

export default function ArticlesPage({ language }: ModulePageProps) {
  const { t } = useTexts<typeof fi>('familyCenter');
  const articles = useQuery(ArticlesQuery);
  return (
    <>
      <PageHeading>{t('articles.title')}</PageHeading>
      <p>{t('articles.intro')}</p>
      <h2>{t('articles.listTitle')}</h2>
      {articles.status === 'loading' && <Skeleton lines={4} />}
      {articles.status === 'error' && <RequestError error={articles.error} />}
      {articles.status === 'success' &&
        (articles.data.familyArticles.length === 0 ? (
          <p>{t('articles.empty')}</p>
        ) : (
          <ul className="lx-stack" data-testid="family-articles">
            {articles.data.familyArticles.map((article) => (
              <li key={article.id} className="lx-card">
                <h3 lang={article.title.language}>{article.title.text}</h3>
                <p className="lx-meta">
                  {t(`articles.lifeStage.${article.lifeStage}` as 'articles.lifeStage.baby')}
                  {article.publishedAt ? ` · ${formatDate(article.publishedAt, language)}` : ''}
                </p>
                <p lang={article.summary.language}>{article.summary.text}</p>
                <LanguageNote content={article.title} />
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}

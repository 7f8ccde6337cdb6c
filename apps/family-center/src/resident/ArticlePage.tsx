import { useEffect } from 'react';
import { useParams } from 'wouter';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDate, useTexts } from '@luotsi/i18n';
import { useMutation, useQuery } from '@luotsi/graphql-client';
import { authorRoles, lifeStages, topics, vocabularyLabel } from '@luotsi/family-content';
import { LanguageNote, Link, PageHeading, RequestError, Skeleton } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';
import type { fi as pagesFi } from '../i18n/pages/fi';
import { AskForHelpBanner } from './common';
import { ArticleBody } from './Markdown';

const ArticleQuery = graphql(`
  query FamilyArticle($slug: String!) {
    familyArticle(slug: $slug) {
      id
      slug
      lifeStage
      topics
      authorRole
      publishedAt
      title { text language isFallback }
      summary { text language isFallback }
      body { text language isFallback }
      related { id slug title { text language isFallback } summary { text language isFallback } }
      relatedServices { queries targetGroups }
    }
  }
`);

// The service tray's search (libs/services/bff), reused as it is: the article names the words and
// target groups to look for.
const ServicesQuery = graphql(`
  query FamilyArticleServices($input: ServiceSearchInput!) {
    searchServices(input: $input) {
      total
      hits { service { id name { text language isFallback } summary { text language isFallback } organization { id name { text language } } } }
    }
  }
`);

const ViewMutation = graphql(`
  mutation FamilyRecordArticleView($slug: String!) {
    recordFamilyArticleView(slug: $slug)
  }
`);

function RelatedServices({ queries, targetGroups }: { queries: string[]; targetGroups: string[] }) {
  const { t, language } = useTexts<typeof fi & typeof pagesFi>('familyCenter');
  const services = useQuery(ServicesQuery, { input: { query: queries[0] ?? null, targetGroups, first: 5 } });
  if (services.status === 'loading') return <Skeleton lines={2} />;
  // Services are an extra: if the catalogue cannot be searched, the article still reads fine.
  if (services.status === 'error') return <p>{t('article.noServices')}</p>;
  const hits = services.data.searchServices.hits;
  if (hits.length === 0) return <p>{t('article.noServices')}</p>;
  return (
    <ul className="lx-stack" data-testid="family-related-services">
      {hits.map(({ service }) => (
        <li key={service.id} className="lx-card">
          <h3 lang={service.name.language}>
            <Link href={`/${language}/service-tray/service/${service.id}`}>{service.name.text}</Link>
          </h3>
          <p lang={service.summary.language}>{service.summary.text}</p>
          <p className="lx-meta" lang={service.organization.name.language}>
            {service.organization.name.text}
          </p>
        </li>
      ))}
    </ul>
  );
}

export default function ArticlePage({ language, to }: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof pagesFi>('familyCenter');
  const { slug = '' } = useParams<{ slug?: string }>();
  const article = useQuery(ArticleQuery, { slug });
  const [recordView] = useMutation(ViewMutation);
  useEffect(() => {
    // Counted once per opening for the indicators; a failure is not the reader's concern.
    recordView({ slug }).catch(() => undefined);
  }, [recordView, slug]);

  if (article.status === 'loading')
    return (
      <>
        <PageHeading>{t('articles.title')}</PageHeading>
        <Skeleton lines={8} />
      </>
    );
  if (article.status === 'error')
    return (
      <>
        <PageHeading>{t('articles.title')}</PageHeading>
        <RequestError error={article.error} />
      </>
    );
  const a = article.data.familyArticle;
  if (!a)
    return (
      <>
        <PageHeading>{t('articles.title')}</PageHeading>
        <p>{t('article.notFound')}</p>
        <p>
          <Link href={to('')}>{t('article.back')}</Link>
        </p>
      </>
    );
  return (
    <>
      <p>
        <Link href={to('')}>{t('article.back')}</Link>
      </p>
      <LanguageNote content={a.body} />
      <article lang={a.body.language}>
        <PageHeading>{a.title.text}</PageHeading>
        <p className="lx-meta" lang={language}>
          {vocabularyLabel(lifeStages, a.lifeStage, language)} · {a.topics.map((k) => vocabularyLabel(topics, k, language)).join(', ')}
          {a.publishedAt ? ` · ${t('article.published', { date: formatDate(a.publishedAt, language) })}` : ''}
          {a.authorRole ? ` · ${t('article.writtenBy', { role: vocabularyLabel(authorRoles, a.authorRole, language) })}` : ''}
        </p>
        <p>
          <strong>{a.summary.text}</strong>
        </p>
        <ArticleBody markdown={a.body.text} />
      </article>
      <AskForHelpBanner to={to} />
      {a.related.length > 0 && (
        <section aria-labelledby="family-related">
          <h2 id="family-related">{t('article.related')}</h2>
          <ul className="lx-stack">
            {a.related.map((r) => (
              <li key={r.id}>
                <Link href={to(`articles/${r.slug}`)}>
                  <span lang={r.title.language}>{r.title.text}</span>
                </Link>
                <LanguageNote content={r.title} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="family-services">
        <h2 id="family-services">{t('article.relatedServices')}</h2>
        <p>{t('article.relatedServicesIntro')}</p>
        <RelatedServices queries={a.relatedServices.queries} targetGroups={a.relatedServices.targetGroups} />
        <p>
          <Link href={to('services')}>{t('article.moreServices')}</Link>
        </p>
      </section>
    </>
  );
}

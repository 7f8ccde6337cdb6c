import { useParams } from 'wouter';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDate, useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { Alert, Button, LanguageNote, Link, LocalizedSpan, PageHeading, RequestError, Skeleton } from '@luotsi/ui';
import { graphql } from '../gql';
import type { ServiceTrayGuidanceQuery } from '../gql/graphql';
import { ServiceFeedbackForm } from '../components/ServiceFeedbackForm';
import type { fi } from '../i18n/fi';
import type { fi as guidanceFi } from './i18n/fi';
import './guidance.css';

const GuidanceQuery = graphql(`
  query ServiceTrayGuidance($token: String!) {
    guidanceByToken(token: $token) {
      status
      expiresAt
      language
      note
      items {
        serviceId
        note
        service {
          id
          name { text language isFallback }
          summary { text language isFallback }
          organization { id name { text language isFallback } }
          channels {
            id
            type
            name { text language isFallback }
            phones { number label { text language isFallback } }
            address { street { text language isFallback } streetNumber postalCode postOffice { text language isFallback } }
            mapUrl
            webPages { url name }
            emails
          }
        }
      }
    }
  }
`);

type View = NonNullable<ServiceTrayGuidanceQuery['guidanceByToken']>;
type Item = View['items'][number];
type Texts = typeof fi & typeof guidanceFi;

export default function GuidancePage(props: ModulePageProps) {
  const params = useParams<{ token?: string }>();
  return <GuidanceView {...props} token={params.token ?? ''} />;
}

/**
 * A recommendation set as the client opens it from the link: no sign-in, in the language of the
 * address (the professional chose the client's). Services with their contact channels and the
 * professional's notes, a feedback form per service, and a print layout.
 */
export function GuidanceView({ language, to, token }: ModulePageProps & { token: string }) {
  const { t } = useTexts<Texts>('serviceTray');
  const result = useQuery(GuidanceQuery, { token });
  const view = result.data?.guidanceByToken;
  return (
    <div className="guidance-page">
      <PageHeading>{t('guidance.title')}</PageHeading>
      {result.status === 'loading' && <Skeleton lines={8} />}
      {result.status === 'error' && <RequestError error={result.error} />}
      {result.status === 'success' && !view && (
        <Alert tone="warning" title={t('guidanceView.notFoundTitle')}>
          <p>{t('guidanceView.notFound')}</p>
          <p><Link href={to('')}>{t('guidanceView.search')}</Link></p>
        </Alert>
      )}
      {view?.status === 'EXPIRED' && (
        <Alert tone="warning" title={t('guidanceView.expiredTitle')}>
          <p>{t('guidanceView.expired', { date: formatDate(view.expiresAt, language) })}</p>
          <p><Link href={to('')}>{t('guidanceView.search')}</Link></p>
        </Alert>
      )}
      {view?.status === 'ACTIVE' && (
        <>
          <p>{t('guidanceView.intro')}</p>
          <p>{t('guidanceView.validUntil', { date: formatDate(view.expiresAt, language) })}</p>
          {view.note && (
            <section aria-labelledby="guidance-note" className="guidance-note">
              <h2 id="guidance-note">{t('guidanceView.note')}</h2>
              <p lang={view.language}>{view.note}</p>
            </section>
          )}
          <p className="guidance-print-button">
            <Button variant="secondary" onClick={() => window.print()}>
              {t('guidanceView.print')}
            </Button>
          </p>
          <ol className="guidance-services">
            {view.items.map((item) => (
              <li key={item.serviceId}>
                <GuidanceService item={item} setLanguage={view.language} />
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

function GuidanceService({ item, setLanguage }: { item: Item; setLanguage: string }) {
  const { t } = useTexts<Texts>('serviceTray');
  const service = item.service;
  const headingId = `guidance-service-${item.serviceId}`;
  return (
    <article aria-labelledby={headingId} className="guidance-service">
      {service ? (
        <>
          <h2 id={headingId}>
            <LocalizedSpan content={service.name} />
          </h2>
          <LanguageNote content={service.name} />
          <p><LocalizedSpan content={service.summary} /></p>
          <p>{t('guidanceView.provider', { name: service.organization.name.text })}</p>
        </>
      ) : (
        <p id={headingId}>{t('guidanceView.gone')}</p>
      )}
      {item.note && (
        <div className="guidance-item-note">
          <h3>{t('guidanceView.itemNote')}</h3>
          <p lang={setLanguage}>{item.note}</p>
        </div>
      )}
      {service && service.channels.length > 0 && (
        <>
          <h3>{t('guidanceView.contacts')}</h3>
          <ul className="guidance-channels">
            {service.channels.map((channel) => (
              <li key={channel.id}>
                <strong><LocalizedSpan content={channel.name} /></strong>
                <dl>
                  {channel.phones.map((phone) => (
                    <div key={phone.number}>
                      <dt>{t('guidanceView.phone')}</dt>
                      <dd><a href={`tel:${phone.number.replace(/\s/g, '')}`}>{phone.number}</a>{phone.label ? <> (<LocalizedSpan content={phone.label} />)</> : null}</dd>
                    </div>
                  ))}
                  {channel.address && (
                    <div>
                      <dt>{t('guidanceView.address')}</dt>
                      <dd>
                        {channel.address.street && <LocalizedSpan content={channel.address.street} />} {channel.address.streetNumber}
                        {', '}
                        {channel.address.postalCode} {channel.address.postOffice && <LocalizedSpan content={channel.address.postOffice} />}
                        {channel.mapUrl && (
                          <>
                            {' '}
                            <a href={channel.mapUrl} className="guidance-screen-only">{t('guidanceView.map', { name: channel.name.text })}</a>
                          </>
                        )}
                      </dd>
                    </div>
                  )}
                  {channel.webPages.map((page) => (
                    <div key={page.url}>
                      <dt>{t('guidanceView.web')}</dt>
                      <dd><a href={page.url}>{page.url}</a></dd>
                    </div>
                  ))}
                  {channel.emails.map((email) => (
                    <div key={email}>
                      <dt>{t('guidanceView.email')}</dt>
                      <dd><a href={`mailto:${email}`}>{email}</a></dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
      {service && (
        <div className="guidance-screen-only">
          <ServiceFeedbackForm serviceId={service.id} serviceName={service.name.text} />
        </div>
      )}
    </article>
  );
}

import { useParams } from 'wouter';
import type { Language, ModulePageProps } from '@luotsi/shell-contract';
import { formatDate, useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { Alert, LanguageNote, Link, PageHeading, RequestError, Skeleton, Stack } from '@luotsi/ui';
import { graphql } from '../gql';
import type { ServicePageQuery } from '../gql/graphql';
import { knownChannelType } from '../components/channel-type';
import { knownProviderType } from '../components/provider-type';
import { ServiceFeedbackForm } from '../components/ServiceFeedbackForm';
import type { fi } from '../i18n/fi';
import type { fi as servicePageFi } from './i18n/fi';

/** The area's texts and the service page's own part. */
type Texts = typeof fi & typeof servicePageFi;

const ServiceQuery = graphql(`
  query ServicePage($id: ID!) {
    service(id: $id) {
      id
      name { text language isFallback }
      summary { text language isFallback }
      description { text language isFallback }
      userInstruction { text language isFallback }
      chargeType
      organization { id providerType name { text language isFallback } }
      channels {
        id
        type
        name { text language isFallback }
        summary { text language isFallback }
        address {
          street { text language }
          streetNumber
          postalCode
          postOffice { text language }
        }
        mapUrl
        openNow
        phones { number label { text language } chargeDescription { text language } }
        emails
        webPages { url name language }
        openingHours {
          kind
          validFrom
          validTo
          closed
          alwaysOpen
          intervals { dayFrom dayTo from to }
          additionalInformation { text language }
        }
        accessibility { group { text language } sentences { text language } }
      }
    }
  }
`);

type Service = NonNullable<ServicePageQuery['service']>;
type Channel = Service['channels'][number];
type Period = Channel['openingHours'][number];

/** A weekday's name in the reader's language (1 Monday … 7 Sunday); 2024-01-01 was a Monday. */
function weekdayName(day: number, language: Language): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)));
}

function OpeningHours({ periods, language }: { periods: Period[]; language: Language }) {
  const { t } = useTexts<Texts>('serviceTray');
  // Regular hours first, then exceptions by date.
  const ordered = [...periods].sort((a, b) => Number(a.kind === 'exceptional') - Number(b.kind === 'exceptional') || (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
  return (
    <ul>
      {ordered.map((period, index) => {
        const title =
          period.kind === 'exceptional' && period.validFrom
            ? t('servicePage.exceptional', { date: formatDate(`${period.validFrom}T12:00:00Z`, language) })
            : period.validFrom || period.validTo
              ? t('servicePage.period', {
                  from: period.validFrom ? formatDate(`${period.validFrom}T12:00:00Z`, language) : '',
                  to: period.validTo ? formatDate(`${period.validTo}T12:00:00Z`, language) : '',
                })
              : null;
        return (
          <li key={index}>
            {title && <strong>{title}: </strong>}
            {period.closed
              ? t('servicePage.closed')
              : period.alwaysOpen
                ? t('servicePage.alwaysOpen')
                : period.intervals
                    .map((interval) => {
                      const days =
                        interval.dayFrom == null
                          ? ''
                          : interval.dayTo != null && interval.dayTo !== interval.dayFrom
                            ? `${weekdayName(interval.dayFrom, language)}–${weekdayName(interval.dayTo, language)} `
                            : `${weekdayName(interval.dayFrom, language)} `;
                      return `${days}${interval.from}–${interval.to}`;
                    })
                    .join(', ')}
            {period.additionalInformation && <span lang={period.additionalInformation.language}> ({period.additionalInformation.text})</span>}
          </li>
        );
      })}
    </ul>
  );
}

function ChannelPanel({ channel, language }: { channel: Channel; language: Language }) {
  const { t } = useTexts<Texts>('serviceTray');
  const address = channel.address;
  return (
    <li className="lx-panel" data-testid="service-channel">
      <h3 lang={channel.name.language}>{channel.name.text}</h3>
      <p>
        {t(`channelType.${knownChannelType(channel.type)}`)}
        {channel.openNow !== null && channel.openNow !== undefined && (
          <>
            {' · '}
            <strong data-testid="open-now">{channel.openNow ? t('servicePage.openNow') : t('servicePage.closedNow')}</strong>
          </>
        )}
      </p>
      {channel.summary && <p lang={channel.summary.language}>{channel.summary.text}</p>}
      {address && (
        <>
          <h4>{t('servicePage.address')}</h4>
          <p>
            {address.street && <span lang={address.street.language}>{`${address.street.text} ${address.streetNumber ?? ''}`.trim()}</span>}
            {address.street && ', '}
            {[address.postalCode, address.postOffice?.text].filter(Boolean).join(' ')}
          </p>
          {channel.mapUrl && (
            <p>
              <Link href={channel.mapUrl} external>
                {t('servicePage.map')}
              </Link>
            </p>
          )}
        </>
      )}
      {channel.openingHours.length > 0 && (
        <>
          <h4>{t('servicePage.openingHours')}</h4>
          <OpeningHours periods={channel.openingHours} language={language} />
        </>
      )}
      {channel.phones.length > 0 && (
        <>
          <h4>{t('servicePage.phones')}</h4>
          <ul>
            {channel.phones.map((phone) => (
              <li key={phone.number}>
                <a href={`tel:${phone.number.replace(/\s+/g, '')}`}>{phone.number}</a>
                {phone.label && <span lang={phone.label.language}> {phone.label.text}</span>}
                {phone.chargeDescription && <span lang={phone.chargeDescription.language}> ({phone.chargeDescription.text})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {channel.emails.length > 0 && (
        <>
          <h4>{t('servicePage.email')}</h4>
          <ul>
            {channel.emails.map((email) => (
              <li key={email}>
                <a href={`mailto:${email}`}>{email}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {channel.webPages.length > 0 && (
        <>
          <h4>{t('servicePage.web')}</h4>
          <ul>
            {channel.webPages.map((page) => (
              <li key={page.url}>
                <Link href={page.url} external lang={page.language ?? undefined}>
                  {page.name || page.url}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {channel.accessibility.length > 0 && (
        <details>
          <summary>{t('servicePage.accessibility')}</summary>
          {channel.accessibility.map((group, index) => (
            <div key={index}>
              <h5 lang={group.group.language}>{group.group.text}</h5>
              <ul>
                {group.sentences.map((sentence, i) => (
                  <li key={i} lang={sentence.language}>
                    {sentence.text}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </details>
      )}
    </li>
  );
}

export default function ServicePage({ language, to }: ModulePageProps) {
  const { t } = useTexts<Texts>('serviceTray');
  const { id = '' } = useParams<{ id?: string }>();
  const page = useQuery(ServiceQuery, { id });
  const service = page.data?.service;
  return (
    <>
      <p>
        <Link href={to('')}>{t('servicePage.back')}</Link>
      </p>
      {page.status === 'loading' && (
        <>
          <PageHeading>{t('servicePage.title')}</PageHeading>
          <Skeleton lines={8} />
        </>
      )}
      {page.status === 'error' && (
        <>
          <PageHeading>{t('servicePage.title')}</PageHeading>
          <RequestError error={page.error} />
        </>
      )}
      {page.status === 'success' && !service && (
        <>
          <PageHeading>{t('servicePage.title')}</PageHeading>
          <Alert tone="info">{t('servicePage.notFound')}</Alert>
        </>
      )}
      {service && (
        <Stack gap="m">
          <PageHeading lang={service.name.language}>{service.name.text}</PageHeading>
          <LanguageNote content={service.name.isFallback ? service.name : service.summary} />
          <p lang={service.summary.language}>{service.summary.text}</p>
          <p>
            {t('services.providedBy')} <span lang={service.organization.name.language}>{service.organization.name.text}</span>
            {' · '}
            {t(`providerType.${knownProviderType(service.organization.providerType)}`)}
            {service.chargeType === 'free' && ` · ${t('servicePage.free')}`}
            {service.chargeType === 'charged' && ` · ${t('servicePage.charged')}`}
          </p>
          {service.description && <p lang={service.description.language}>{service.description.text}</p>}
          {service.userInstruction && (
            <>
              <h2>{t('servicePage.howToUse')}</h2>
              <p lang={service.userInstruction.language}>{service.userInstruction.text}</p>
            </>
          )}
          <h2>{t('servicePage.channels')}</h2>
          {service.channels.length === 0 ? (
            <p>{t('servicePage.noChannels')}</p>
          ) : (
            <Stack as="ul" gap="m">
              {service.channels.map((channel) => (
                <ChannelPanel key={channel.id} channel={channel} language={language} />
              ))}
            </Stack>
          )}
          <ServiceFeedbackForm serviceId={service.id} serviceName={service.name.text} headingLevel={2} />
        </Stack>
      )}
    </>
  );
}

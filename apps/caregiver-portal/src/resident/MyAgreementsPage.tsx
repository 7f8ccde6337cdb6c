import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDate, formatDateRange, formatMoney, useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { Link, LocalizedSpan, PageHeading, RequestError, Skeleton, Stack } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';

const MyAgreementsQuery = graphql(`
  query MyCareAgreements {
    myCareAgreements {
      id
      type
      status
      caredPersonName
      validFrom
      validTo
      monthlyFeeCents
      daysOffPerMonth
      unit { id name { text language isFallback } }
      serviceAreaName { text language isFallback }
    }
    myCareAgreementsToSign { id type caredPersonName }
  }
`);

export default function MyAgreementsPage({ language, to }: ModulePageProps) {
  const { t } = useTexts<typeof fi>('caregiverPortal');
  const agreements = useQuery(MyAgreementsQuery);
  return (
    <>
      <PageHeading>{t('myAgreements.title')}</PageHeading>
      <p>{t('myAgreements.intro')}</p>
      {agreements.status === 'loading' && <Skeleton lines={6} />}
      {agreements.status === 'error' && <RequestError error={agreements.error} />}
      {agreements.status === 'success' && agreements.data.myCareAgreementsToSign.length > 0 && (
        <section className="lx-panel" aria-labelledby="cg-to-sign">
          <h2 id="cg-to-sign">{t('toSign.heading')}</h2>
          <ul>
            {agreements.data.myCareAgreementsToSign.map((a) => (
              <li key={a.id}>
                <Link href={to(`agreements/${a.id}`)}>
                  {t(`agreementType.${a.type}`)}
                  {a.caredPersonName ? `: ${a.caredPersonName}` : ''}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {agreements.status === 'success' &&
        (agreements.data.myCareAgreements.length === 0 ? (
          <p>{t('myAgreements.empty')}</p>
        ) : (
          <Stack as="ul" gap="m" style={{ listStyle: 'none', padding: 0 }}>
            {agreements.data.myCareAgreements.map((agreement) => (
              <li key={agreement.id} className="lx-panel">
                <h2>
                  {t(`agreementType.${agreement.type}`)}
                  {agreement.caredPersonName ? `: ${agreement.caredPersonName}` : ''}
                </h2>
                <dl>
                  {agreement.caredPersonName && (
                    <>
                      <dt>{t('myAgreements.caredPerson')}</dt>
                      <dd>{agreement.caredPersonName}</dd>
                    </>
                  )}
                  <dt>{t('myAgreements.status')}</dt>
                  <dd>{t(`status.${agreement.status}`)}</dd>
                  <dt>{t('myAgreements.validity')}</dt>
                  <dd>
                    {agreement.validTo
                      ? formatDateRange(agreement.validFrom, agreement.validTo, language)
                      : t('myAgreements.validFrom', { date: formatDate(agreement.validFrom, language) })}
                  </dd>
                  <dt>{t('myAgreements.fee')}</dt>
                  <dd>
                    {agreement.monthlyFeeCents === null
                      ? t('myAgreements.noMonthlyFee')
                      : t('myAgreements.feePerMonth', { amount: formatMoney(agreement.monthlyFeeCents, language) })}
                  </dd>
                  <dt>{t('myAgreements.daysOff')}</dt>
                  <dd>{t('myAgreements.daysOffPerMonth', { count: agreement.daysOffPerMonth })}</dd>
                  <dt>{t('myAgreements.unit')}</dt>
                  <dd>
                    <LocalizedSpan content={agreement.unit.name} />
                  </dd>
                  <dt>{t('myAgreements.serviceArea')}</dt>
                  <dd>
                    <LocalizedSpan content={agreement.serviceAreaName} />
                  </dd>
                </dl>
                <Link href={to(`agreements/${agreement.id}`)}>{t('agreement.open')}</Link>
              </li>
            ))}
          </Stack>
        ))}
    </>
  );
}

import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDate, formatDateRange, formatMoney, useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { LocalizedSpan, PageHeading, RequestError, Skeleton, Stack } from '@luotsi/ui';
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
  }
`);

export default function MyAgreementsPage({ language }: ModulePageProps) {
  const { t } = useTexts<typeof fi>('caregiverPortal');
  const agreements = useQuery(MyAgreementsQuery);
  return (
    <>
      <PageHeading>{t('myAgreements.title')}</PageHeading>
      <p>{t('myAgreements.intro')}</p>
      {agreements.status === 'loading' && <Skeleton lines={6} />}
      {agreements.status === 'error' && <RequestError error={agreements.error} />}
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
              </li>
            ))}
          </Stack>
        ))}
    </>
  );
}

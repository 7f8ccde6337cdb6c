import { useState } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDate, useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { Alert, CheckboxField, Cluster, Link, LocalizedSpan, PageHeading, RequestError, SelectField, Skeleton, Table } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';
import type { fi as staffFi } from './i18n/fi';

const UnitAgreementsQuery = graphql(`
  query UnitCareAgreements {
    unitCareAgreements {
      id
      type
      status
      validTo
      endingSoon
      carer { id firstName lastName }
      unit { id name { text language isFallback } }
    }
  }
`);

/** The BFF flags agreements ending within this many days (endingSoonDays in the caregiving BFF). */
const endingSoonDays = 60;

const statuses = ['DRAFT', 'SENT', 'SIGNED', 'ACTIVE'] as const;
const types = ['INFORMAL_CARE', 'FAMILY_CARE', 'SUPPORT_PERSON', 'SUPPORT_FAMILY', 'EXPERIENCE_EXPERT', 'SUBSTITUTE_CARE'] as const;

export default function UnitAgreementsPage({ language, to }: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof staffFi>('caregiverPortal');
  const agreements = useQuery(UnitAgreementsQuery);
  const [filter, setFilter] = useState({ status: '', type: '', endingSoon: false });
  const all = agreements.data?.unitCareAgreements ?? [];
  const endingSoon = all.filter((a) => a.endingSoon).length;
  // The list is at most a few hundred rows of the coordinator's units: filtered here.
  const rows = all.filter((a) => (!filter.status || a.status === filter.status) && (!filter.type || a.type === filter.type) && (!filter.endingSoon || a.endingSoon));
  return (
    <>
      <PageHeading>{t('unitAgreements.title')}</PageHeading>
      <p>{t('unitAgreements.intro')}</p>
      <Cluster gap="m">
        <Link href={to('agreements/new')}>{t('agreementsFilter.newAgreement')}</Link>
        <Link href={to('agreements/templates')}>{t('agreementsFilter.templates')}</Link>
      </Cluster>
      {agreements.status === 'loading' && <Skeleton lines={5} />}
      {agreements.status === 'error' && <RequestError error={agreements.error} />}
      {agreements.status === 'success' &&
        (all.length === 0 ? (
          <p>{t('unitAgreements.empty')}</p>
        ) : (
          <>
            {endingSoon > 0 && (
              <Alert tone="warning" live={false}>
                {t('unitAgreements.endingSoonSummary', { count: endingSoon, days: endingSoonDays })}
              </Alert>
            )}
            <fieldset className="lx-panel">
              <legend>{t('agreementsFilter.heading')}</legend>
              <Cluster gap="m">
                <SelectField
                  label={t('agreementsFilter.status')}
                  value={filter.status}
                  onChange={(e) => setFilter({ ...filter, status: e.target.value })}
                  options={[{ value: '', label: t('agreementsFilter.all') }, ...statuses.map((value) => ({ value, label: t(`status.${value}`) }))]}
                  width="medium"
                />
                <SelectField
                  label={t('agreementsFilter.type')}
                  value={filter.type}
                  onChange={(e) => setFilter({ ...filter, type: e.target.value })}
                  options={[{ value: '', label: t('agreementsFilter.all') }, ...types.map((value) => ({ value, label: t(`agreementType.${value}`) }))]}
                  width="medium"
                />
                <CheckboxField label={t('agreementsFilter.endingSoonOnly')} checked={filter.endingSoon} onChange={(e) => setFilter({ ...filter, endingSoon: e.target.checked })} />
              </Cluster>
            </fieldset>
            <p role="status">{t('agreementsFilter.shown', { count: rows.length })}</p>
            <Table
              caption={t('unitAgreements.caption')}
              rows={rows}
              rowKey={(a) => a.id}
              columns={[
                {
                  key: 'carer',
                  header: t('unitAgreements.carer'),
                  rowHeader: true,
                  cell: (a) => <Link href={to(`agreements/${a.id}`)}>{`${a.carer.firstName} ${a.carer.lastName}`}</Link>,
                },
                { key: 'type', header: t('unitAgreements.type'), cell: (a) => t(`agreementType.${a.type}`) },
                { key: 'status', header: t('unitAgreements.status'), cell: (a) => t(`status.${a.status}`) },
                {
                  key: 'validTo',
                  header: t('unitAgreements.validTo'),
                  cell: (a) => (
                    <>
                      {a.validTo ? formatDate(a.validTo, language) : t('unitAgreements.untilFurtherNotice')}
                      {a.endingSoon && (
                        <>
                          <br />
                          <strong>{t('unitAgreements.endingSoon', { days: endingSoonDays })}</strong>
                        </>
                      )}
                    </>
                  ),
                },
                { key: 'unit', header: t('unitAgreements.unit'), cell: (a) => <LocalizedSpan content={a.unit.name} /> },
              ]}
            />
          </>
        ))}
    </>
  );
}

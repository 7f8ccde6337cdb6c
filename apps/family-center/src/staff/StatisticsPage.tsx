import { useState, type FormEvent } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { addDays, daysBetween, helsinkiDate, isValidDate } from '@luotsi/calendar';
import { topics, vocabularyLabel } from '@luotsi/family-content';
import { helpRequestTopicLabels, isHelpRequestTopic } from '@luotsi/family-domain';
import { Button, Cluster, DateField, ErrorSummary, PageHeading, RequestError, Skeleton, Stack, Table } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';
import type { fi as staffFi } from './i18n/fi';

const StatisticsQuery = graphql(`
  query FamilyStatistics($from: Date!, $to: Date!) {
    familyHelpRequestStatistics(from: $from, to: $to) {
      total
      answered
      answeredInTime
      medianHoursToAnswer
      byTopic { key count suppressed }
      byMunicipality { key label count suppressed }
    }
    familyArticleViewStatistics(from: $from, to: $to) {
      total
      byTopic { key count }
      byLanguage { key count }
    }
  }
`);

interface Period {
  from: string;
  to: string;
}

const languages = ['fi', 'sv', 'en'] as const;
const isLanguageKey = (k: string): k is (typeof languages)[number] => (languages as readonly string[]).includes(k);

function Figures({ period }: { period: Period }) {
  const { t, language } = useTexts<typeof fi & typeof staffFi>('familyCenter');
  const stats = useQuery(StatisticsQuery, period);
  if (stats.status === 'loading') return <Skeleton lines={6} />;
  if (stats.status === 'error') return <RequestError error={stats.error} />;
  const help = stats.data.familyHelpRequestStatistics;
  const views = stats.data.familyArticleViewStatistics;
  const count = (n: number | null | undefined) => (n === null || n === undefined ? t('statistics.hidden') : String(n));
  const requestTopic = (k: string) => (isHelpRequestTopic(k) ? helpRequestTopicLabels[k][language] : k);
  return (
    <>
      <section aria-labelledby="family-stats-requests">
        <h2 id="family-stats-requests">{t('statistics.requests')}</h2>
        <dl className="lx-stack">
          <div>
            <dt>{t('statistics.total')}</dt>
            <dd>{count(help.total)}</dd>
          </div>
          <div>
            <dt>{t('statistics.answered')}</dt>
            <dd>{count(help.answered)}</dd>
          </div>
          <div>
            <dt>{t('statistics.answeredInTime')}</dt>
            <dd>{count(help.answeredInTime)}</dd>
          </div>
          <div>
            <dt>{t('statistics.median')}</dt>
            <dd>{help.medianHoursToAnswer === null || help.medianHoursToAnswer === undefined ? t('statistics.none') : t('statistics.hours', { hours: help.medianHoursToAnswer.toLocaleString(language) })}</dd>
          </div>
        </dl>
        <Table
          caption={t('statistics.byTopic')}
          rows={help.byTopic}
          rowKey={(r) => r.key}
          empty={t('statistics.none')}
          columns={[
            { key: 'topic', header: t('statistics.topic'), rowHeader: true, cell: (r) => requestTopic(r.key) },
            { key: 'count', header: t('statistics.count'), align: 'end', cell: (r) => count(r.count) },
          ]}
        />
        <Table
          caption={t('statistics.byMunicipality')}
          rows={help.byMunicipality}
          rowKey={(r) => r.key}
          empty={t('statistics.none')}
          columns={[
            { key: 'municipality', header: t('statistics.municipality'), rowHeader: true, cell: (r) => r.label ?? t('statistics.unknownMunicipality') },
            { key: 'count', header: t('statistics.count'), align: 'end', cell: (r) => count(r.count) },
          ]}
        />
      </section>
      <section aria-labelledby="family-stats-views">
        <h2 id="family-stats-views">{t('statistics.views')}</h2>
        <p>
          {t('statistics.viewsTotal')}: {views.total}
        </p>
        <Table
          caption={t('statistics.viewsByTopic')}
          rows={views.byTopic}
          rowKey={(r) => r.key}
          empty={t('statistics.none')}
          columns={[
            { key: 'topic', header: t('statistics.topic'), rowHeader: true, cell: (r) => vocabularyLabel(topics, r.key, language) },
            { key: 'count', header: t('statistics.count'), align: 'end', cell: (r) => String(r.count) },
          ]}
        />
        <Table
          caption={t('statistics.viewsByLanguage')}
          rows={views.byLanguage}
          rowKey={(r) => r.key}
          empty={t('statistics.none')}
          columns={[
            { key: 'language', header: t('statistics.language'), rowHeader: true, cell: (r) => (isLanguageKey(r.key) ? t(`statistics.languages.${r.key}`) : r.key) },
            { key: 'count', header: t('statistics.count'), align: 'end', cell: (r) => String(r.count) },
          ]}
        />
      </section>
    </>
  );
}

/** Managers and team leads: "ask for help" and article figures over a period, small counts hidden. */
export default function StatisticsPage(_props: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof staffFi>('familyCenter');
  const today = helsinkiDate();
  const [form, setForm] = useState<Period>({ from: addDays(today, -89), to: today });
  const [period, setPeriod] = useState<Period>(form);
  const [invalid, setInvalid] = useState(0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = isValidDate(form.from) && isValidDate(form.to) && daysBetween(form.from, form.to) >= 0 && daysBetween(form.from, form.to) < 366;
    if (!ok) return void setInvalid((n) => n + 1);
    setInvalid(0);
    setPeriod(form);
  };

  return (
    <>
      <PageHeading>{t('statistics.title')}</PageHeading>
      <p>{t('statistics.intro')}</p>
      {invalid > 0 && <ErrorSummary key={invalid} errors={[{ fieldId: 'family-stats-to', message: t('statistics.invalidRange') }]} />}
      <form onSubmit={submit} noValidate>
        <Cluster gap="m" align="end">
          <DateField label={t('statistics.from')} value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
          <DateField
            id="family-stats-to"
            label={t('statistics.to')}
            value={form.to}
            onChange={(e) => setForm({ ...form, to: e.target.value })}
            error={invalid > 0 ? t('statistics.invalidRange') : undefined}
          />
          <Button type="submit" variant="secondary">
            {t('statistics.show')}
          </Button>
        </Cluster>
      </form>
      <Stack gap="l">
        <Figures period={period} />
      </Stack>
    </>
  );
}

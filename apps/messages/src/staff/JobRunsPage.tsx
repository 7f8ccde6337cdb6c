import { useState } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDateTime, useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { CheckboxField, PageHeading, RequestError, Skeleton, Table } from '@luotsi/ui';
import { graphql } from '../gql';
import type { JobRunState, MessagesJobRunsQuery } from '../gql/graphql';
import type { fi as staffFi } from './i18n/fi';

const JobRunsQuery = graphql(`
  query MessagesJobRuns($onlyFailed: Boolean) {
    jobRuns(onlyFailed: $onlyFailed, first: 50) {
      id
      name
      state
      createdAt
      startedAt
      completedAt
      attempts
      error
    }
  }
`);

type Run = MessagesJobRunsQuery['jobRuns'][number];

/** Administrators' view of the background jobs (/staff/messages/jobs): recent runs and failures. */
export default function JobRunsPage({ language }: ModulePageProps) {
  const { t } = useTexts<typeof staffFi>('messages');
  const [onlyFailed, setOnlyFailed] = useState(false);
  const runs = useQuery(JobRunsQuery, { onlyFailed });
  const when = (value: string | null | undefined) => (value ? formatDateTime(value, language) : '–');
  const state = (value: JobRunState) => t(`jobs.states.${value}`);
  return (
    <>
      <PageHeading>{t('jobs.title')}</PageHeading>
      <p>{t('jobs.intro')}</p>
      <CheckboxField label={t('jobs.onlyFailed')} checked={onlyFailed} onChange={(event) => setOnlyFailed(event.target.checked)} />
      {runs.status === 'loading' && <Skeleton lines={4} />}
      {runs.status === 'error' && <RequestError error={runs.error} />}
      {runs.status === 'success' && (
        <Table<Run>
          caption={onlyFailed ? t('jobs.failedCaption') : t('jobs.caption')}
          rows={runs.data.jobRuns}
          rowKey={(run) => run.id}
          empty={onlyFailed ? t('jobs.noFailures') : t('jobs.empty')}
          columns={[
            { key: 'name', header: t('jobs.columns.name'), rowHeader: true, cell: (run) => run.name },
            { key: 'state', header: t('jobs.columns.state'), cell: (run) => state(run.state) },
            { key: 'created', header: t('jobs.columns.created'), cell: (run) => when(run.createdAt) },
            { key: 'started', header: t('jobs.columns.started'), cell: (run) => when(run.startedAt) },
            { key: 'completed', header: t('jobs.columns.completed'), cell: (run) => when(run.completedAt) },
            { key: 'attempts', header: t('jobs.columns.attempts'), cell: (run) => String(run.attempts) },
            { key: 'error', header: t('jobs.columns.error'), cell: (run) => run.error ?? '–' },
          ]}
        />
      )}
    </>
  );
}

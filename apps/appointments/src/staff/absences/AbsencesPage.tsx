import { useId, useRef, useState, type FormEvent } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDateRange, useTexts, type Language } from '@luotsi/i18n';
import { useMutation, useQuery } from '@luotsi/graphql-client';
import { Alert, Button, LocalizedSpan, PageHeading, RequestError, SelectField, Skeleton, Stack } from '@luotsi/ui';
import { graphql } from '../../gql';
import type { ReassignmentProblem, TeamAbsencesQuery } from '../../gql/graphql';
import type { fi } from './i18n/fi';
import { RecordAbsenceForm } from './RecordAbsenceForm';

const TeamAbsencesQueryDocument = graphql(`
  query TeamAbsences {
    teamAbsences {
      id
      startsAt
      endsAt
      note
      professional { id firstName lastName title { text language isFallback } }
      affectedEntries {
        id
        startsAt
        endsAt
        clientName
        professionalId
        type { code name { text language isFallback } }
        candidates { id firstName lastName }
      }
    }
  }
`);

const ReassignMutation = graphql(`
  mutation ReassignCalendarEntry($entryId: ID!, $fromStaffId: ID!, $toStaffId: ID!) {
    reassignCalendarEntry(entryId: $entryId, fromStaffId: $fromStaffId, toStaffId: $toStaffId) {
      problem
      entry { id professional { id firstName lastName } }
    }
  }
`);

type Absence = TeamAbsencesQuery['teamAbsences'][number];
type Entry = Absence['affectedEntries'][number];
type Outcome = { tone: 'success'; text: string } | { tone: 'error'; text: string } | { tone: 'request-error'; error: { code: string; requestId?: string } };

const when = (item: { startsAt: string; endsAt: string }, language: Language) =>
  formatDateRange(item.startsAt, item.endsAt, language, { withTime: true, style: 'weekday' });

/**
 * The team lead's absences page: who in the team is away and when, and under each absence the
 * client times in it, each movable to a colleague the BFF says is free then. One move at a time;
 * the outcome is announced in a status region that also takes the focus, since the moved time
 * (and its button) leaves the page.
 */
export default function AbsencesPage({ language }: ModulePageProps) {
  const { t } = useTexts<typeof fi>('appointments');
  const absences = useQuery(TeamAbsencesQueryDocument, {});
  const [reassign, moving] = useMutation(ReassignMutation);
  const [moved, setMoved] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const status = useRef<HTMLDivElement>(null);

  const announce = (next: Outcome) => {
    setOutcome(next);
    // After React renders the message; the region keeps the reader where the result is.
    queueMicrotask(() => status.current?.focus());
  };

  const move = async (entry: Entry, toStaffId: string) => {
    try {
      const result = await reassign({ entryId: entry.id, fromStaffId: entry.professionalId, toStaffId });
      const { problem, entry: done } = result.reassignCalendarEntry;
      if (done) {
        setMoved((previous) => new Set(previous).add(entry.id));
        const professional = `${done.professional.firstName} ${done.professional.lastName}`;
        announce({ tone: 'success', text: t('absences.moved', { client: entry.clientName, when: when(entry, language), professional }) });
      } else {
        announce({ tone: 'error', text: t(`absences.problem.${problem ?? 'ENTRY_CHANGED'}` as `absences.problem.${ReassignmentProblem}`) });
      }
    } catch (error) {
      announce({ tone: 'request-error', error: error as { code: string; requestId?: string } });
    }
  };

  return (
    <>
      <PageHeading>{t('absences.title')}</PageHeading>
      <p>{t('absences.intro')}</p>
      {/* Always in the page, so that the outcome of a move is announced; it takes the focus too. */}
      <div ref={status} role="status" tabIndex={-1}>
        {outcome?.tone === 'success' && <Alert tone="success" live={false}>{outcome.text}</Alert>}
        {outcome?.tone === 'error' && <Alert tone="error" live={false}>{outcome.text}</Alert>}
      </div>
      {outcome?.tone === 'request-error' && <RequestError error={outcome.error} />}
      {absences.status === 'loading' && <Skeleton lines={6} />}
      {absences.status === 'error' && <RequestError error={absences.error} />}
      {absences.status === 'success' &&
        (absences.data.teamAbsences.length === 0 ? (
          <p>{t('absences.empty')}</p>
        ) : (
          <Stack gap="l">
            <p>{t('absences.count', { count: absences.data.teamAbsences.length })}</p>
            {absences.data.teamAbsences.map((absence) => (
              <AbsenceSection
                key={absence.id}
                absence={absence}
                entries={absence.affectedEntries.filter((e) => !moved.has(e.id))}
                language={language}
                busy={moving.running}
                onMove={move}
              />
            ))}
          </Stack>
        ))}
      <RecordAbsenceForm
        language={language}
        onRecorded={(message) => {
          announce({ tone: 'success', text: message });
          absences.refetch();
        }}
      />
    </>
  );
}

function AbsenceSection(props: { absence: Absence; entries: Entry[]; language: Language; busy: boolean; onMove: (entry: Entry, toStaffId: string) => Promise<void> }) {
  const { absence, entries, language } = props;
  const { t } = useTexts<typeof fi>('appointments');
  const headingId = useId();
  const name = `${absence.professional.firstName} ${absence.professional.lastName}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      <p>
        <LocalizedSpan content={absence.professional.title} />
      </p>
      <p>{t('absences.when', { when: when(absence, language) })}</p>
      {absence.note && <p>{t('absences.note', { note: absence.note })}</p>}
      <h3>{t('absences.affectedHeading')}</h3>
      {entries.length === 0 ? (
        <p>{t('absences.noneAffected')}</p>
      ) : (
        <ul>
          {entries.map((entry) => (
            <EntryItem key={entry.id} entry={entry} language={language} busy={props.busy} onMove={props.onMove} />
          ))}
        </ul>
      )}
    </section>
  );
}

function EntryItem({ entry, language, busy, onMove }: { entry: Entry; language: Language; busy: boolean; onMove: (entry: Entry, toStaffId: string) => Promise<void> }) {
  const { t } = useTexts<typeof fi>('appointments');
  const [choice, setChoice] = useState('');
  const [missing, setMissing] = useState(false);
  const titleId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!choice) {
      setMissing(true);
      return;
    }
    setMissing(false);
    await onMove(entry, choice);
  };
  return (
    <li>
      <p id={titleId}>
        <strong>{t('absences.entry', { when: when(entry, language), client: entry.clientName })}</strong>
        {' – '}
        <LocalizedSpan content={entry.type.name} />
      </p>
      {entry.candidates.length === 0 ? (
        <p>{t('absences.noCandidates')}</p>
      ) : (
        <form onSubmit={submit} aria-labelledby={titleId} noValidate>
          <SelectField
            label={t('absences.moveTo')}
            value={choice}
            onChange={(event) => {
              setChoice(event.target.value);
              if (event.target.value) setMissing(false);
            }}
            options={[
              { value: '', label: t('absences.choose') },
              ...entry.candidates.map((c) => ({ value: c.id, label: `${c.firstName} ${c.lastName}` })),
            ]}
            error={missing ? t('absences.chooseFirst') : undefined}
            width="medium"
          />
          <Button type="submit" variant="primary" loading={busy} aria-describedby={titleId}>
            {t('absences.move')}
          </Button>
        </form>
      )}
    </li>
  );
}

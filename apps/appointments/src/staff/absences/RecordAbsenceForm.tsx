import { useId, useState, type FormEvent } from 'react';
import { formatDateRange, useTexts, type Language } from '@luotsi/i18n';
import { useMutation, useQuery } from '@luotsi/graphql-client';
import { helsinkiDate, helsinkiToUtc } from '@luotsi/calendar';
import { absenceNoteMaxLength } from '@luotsi/appointments-domain';
import { Button, DateField, RequestError, SelectField, Stack, TextField } from '@luotsi/ui';
import { graphql } from '../../gql';
import type { fi } from './i18n/fi';

const TeamMembersQuery = graphql(`
  query AbsenceTeamMembers {
    teamMembers { id firstName lastName }
  }
`);

const RecordAbsenceMutation = graphql(`
  mutation RecordAbsence($input: RecordAbsenceInput!) {
    recordAbsence(input: $input) { id startsAt endsAt professional { firstName lastName } }
  }
`);

/** '8.00', '8:00', '08.00' → '08:00'; null for anything else. */
export function parseClockTime(value: string): string | null {
  const match = /^(\d{1,2})[.:](\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

type Field = 'staffId' | 'startDate' | 'startTime' | 'endDate' | 'endTime';
type Problem = 'required' | 'invalidTime' | 'endBeforeStart';

/**
 * The team lead records a team member's absence (a course, a leave): the day and Helsinki time
 * it starts and ends. The page then shows the client times in it.
 */
export function RecordAbsenceForm({ language, onRecorded }: { language: Language; onRecorded: (message: string) => void }) {
  const { t } = useTexts<typeof fi>('appointments');
  const headingId = useId();
  const members = useQuery(TeamMembersQuery, {});
  const [record, recording] = useMutation(RecordAbsenceMutation);
  const today = helsinkiDate();
  const [form, setForm] = useState({ staffId: '', startDate: today, startTime: '8.00', endDate: today, endTime: '16.00', note: '' });
  const [problems, setProblems] = useState<Partial<Record<Field, Problem>>>({});
  const [failed, setFailed] = useState<{ code: string; requestId?: string } | null>(null);

  const set = (field: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });
  const error = (field: Field) => (problems[field] ? { error: t(`absences.record.${problems[field]}`) } : {});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, Problem>> = {};
    for (const field of ['staffId', 'startDate', 'startTime', 'endDate', 'endTime'] as const) if (!form[field].trim()) found[field] = 'required';
    const startTime = parseClockTime(form.startTime);
    const endTime = parseClockTime(form.endTime);
    if (form.startTime.trim() && !startTime) found.startTime = 'invalidTime';
    if (form.endTime.trim() && !endTime) found.endTime = 'invalidTime';
    const startsAt = !found.startDate && startTime ? helsinkiToUtc(form.startDate, startTime) : null;
    const endsAt = !found.endDate && endTime ? helsinkiToUtc(form.endDate, endTime) : null;
    if (startsAt && endsAt && endsAt <= startsAt) found.endTime = 'endBeforeStart';
    setProblems(found);
    setFailed(null);
    if (Object.keys(found).length || !startsAt || !endsAt) return;
    try {
      const result = await record({
        input: { staffId: form.staffId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), ...(form.note.trim() ? { note: form.note.trim() } : {}) },
      });
      const absence = result.recordAbsence;
      setForm({ ...form, note: '' });
      onRecorded(
        t('absences.record.recorded', {
          name: `${absence.professional.firstName} ${absence.professional.lastName}`,
          when: formatDateRange(absence.startsAt, absence.endsAt, language, { withTime: true, style: 'weekday' }),
        }),
      );
    } catch (failure) {
      setFailed(failure as { code: string; requestId?: string });
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('absences.record.heading')}</h2>
      <p>{t('absences.record.intro')}</p>
      {members.status === 'error' && <RequestError error={members.error} />}
      <form onSubmit={submit} aria-labelledby={headingId} noValidate>
        <Stack gap="m">
          <SelectField
            label={t('absences.record.member')}
            value={form.staffId}
            onChange={set('staffId')}
            options={[
              { value: '', label: t('absences.record.chooseMember') },
              ...(members.status === 'success' ? members.data.teamMembers.map((m) => ({ value: m.id, label: `${m.firstName} ${m.lastName}` })) : []),
            ]}
            width="medium"
            {...error('staffId')}
          />
          <DateField label={t('absences.record.startDate')} value={form.startDate} onChange={set('startDate')} {...error('startDate')} />
          <TextField label={t('absences.record.startTime')} hint={t('absences.record.timeHint')} value={form.startTime} onChange={set('startTime')} width="short" inputMode="decimal" {...error('startTime')} />
          <DateField label={t('absences.record.endDate')} value={form.endDate} onChange={set('endDate')} {...error('endDate')} />
          <TextField label={t('absences.record.endTime')} hint={t('absences.record.timeHint')} value={form.endTime} onChange={set('endTime')} width="short" inputMode="decimal" {...error('endTime')} />
          <TextField label={t('absences.record.note')} hint={t('absences.record.noteHint')} value={form.note} onChange={set('note')} optional maxLength={absenceNoteMaxLength} />
          {failed && <RequestError error={failed} />}
          <div>
            <Button type="submit" variant="secondary" loading={recording.running}>
              {t('absences.record.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </section>
  );
}

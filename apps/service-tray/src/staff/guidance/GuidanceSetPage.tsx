import { useState, type FormEvent } from 'react';
import { useParams } from 'wouter';
import type { Language, ModulePageProps } from '@luotsi/shell-contract';
import { formatDate, formatDateTime, useTexts } from '@luotsi/i18n';
import { useMutation, useQuery } from '@luotsi/graphql-client';
import {
  guidanceItemNoteMaxLength, guidanceLanguages, guidanceNoteMaxLength, guidanceSetMaxItems, guidanceSetSchema, type GuidanceLanguage,
} from '@luotsi/services-domain';
import { fieldErrorAt, fieldErrorsUnder, validateInput, type FieldError } from '@luotsi/validation';
import {
  Alert, Button, Cluster, ErrorSummary, Link, LocalizedSpan, PageHeading, RequestError, SelectField, Skeleton, Stack, TextArea, TextField, useFieldErrorMessage,
} from '@luotsi/ui';
import { graphql } from '../../gql';
import type { GuidanceChannel, ServiceTrayGuidanceSetQuery } from '../../gql/graphql';
import type { fi } from '../../i18n/fi';
import type { fi as staffFi } from '../i18n/fi';

const SetQuery = graphql(`
  query ServiceTrayGuidanceSet($id: ID!) {
    guidanceSet(id: $id) {
      id
      language
      note
      client { firstName lastName hasPhone hasEmail }
      items { serviceId note service { id name { text language isFallback } organization { id name { text language isFallback } } } }
      handovers { id channel handedOverAt expiresAt linkPath }
    }
  }
`);

const SearchQuery = graphql(`
  query ServiceTrayGuidanceSearch($input: ServiceSearchInput!) {
    searchServices(input: $input) {
      total
      hits { service { id name { text language isFallback } organization { id name { text language isFallback } } } }
    }
  }
`);

const SaveMutation = graphql(`
  mutation ServiceTraySaveGuidanceSet($input: SaveGuidanceSetInput!) {
    saveGuidanceSet(input: $input) {
      problem
      set { id client { firstName lastName hasPhone hasEmail } }
    }
  }
`);

const HandOverMutation = graphql(`
  mutation ServiceTrayHandOverGuidanceSet($input: HandOverGuidanceSetInput!) {
    handOverGuidanceSet(input: $input) {
      problem
      handover { id channel handedOverAt expiresAt linkPath }
    }
  }
`);

type Texts = typeof fi & typeof staffFi;
type SavedSet = NonNullable<ServiceTrayGuidanceSetQuery['guidanceSet']>;
type Handover = SavedSet['handovers'][number];
type Client = SavedSet['client'];
type Text = NonNullable<SavedSet['items'][number]['service']>['name'];
interface PickedService {
  id: string;
  name: Text;
  organization: string;
  note: string;
}
interface Draft {
  personalIdentityCode: string;
  language: GuidanceLanguage;
  note: string;
  items: PickedService[];
}

const channels: GuidanceChannel[] = ['LINK', 'SMS', 'EMAIL', 'PRINT'];
const newKey = () => globalThis.crypto.randomUUID();

export default function GuidanceSetPage(props: ModulePageProps) {
  const params = useParams<{ setId?: string }>();
  const setId = params.setId ?? 'new';
  // A new set gets its draft key here, once: saving it again (a double click, a retry) updates the same set.
  const [draftKey] = useState(newKey);
  if (setId === 'new') return <GuidanceSetEditor {...props} draftKey={draftKey} saved={null} />;
  return <SavedSetEditor {...props} id={setId} draftKey={draftKey} />;
}

function SavedSetEditor(props: ModulePageProps & { id: string; draftKey: string }) {
  const { t } = useTexts<Texts>('serviceTray');
  const existing = useQuery(SetQuery, { id: props.id });
  if (existing.status === 'loading') return <Skeleton lines={8} />;
  if (existing.status === 'error') return <RequestError error={existing.error} />;
  if (!existing.data.guidanceSet)
    return (
      <>
        <PageHeading>{t('guidance.setTitle')}</PageHeading>
        <Alert tone="warning">{t('guidance.setNotFound')}</Alert>
        <p><Link href={props.to('guidance')}>{t('guidance.back')}</Link></p>
      </>
    );
  return <GuidanceSetEditor {...props} saved={existing.data.guidanceSet} />;
}

/**
 * The professional's recommendation set for a client: who the client is (optional personal
 * identity code), their language, services from the catalogue with a note each, a note for the
 * whole set; then the handovers: a link, a text message, an e-mail or a print.
 */
export function GuidanceSetEditor({ language, to, draftKey, saved }: ModulePageProps & { draftKey: string; saved: SavedSet | null }) {
  const { t } = useTexts<Texts>('serviceTray');
  const errorMessage = useFieldErrorMessage();
  const [draft, setDraft] = useState<Draft>(() => ({
    personalIdentityCode: '',
    language: (saved?.language as GuidanceLanguage | undefined) ?? language,
    note: saved?.note ?? '',
    items: (saved?.items ?? []).flatMap((item) =>
      item.service ? [{ id: item.serviceId, name: item.service.name, organization: item.service.organization.name.text, note: item.note }] : [],
    ),
  }));
  const [client, setClient] = useState<Client>(saved?.client ?? null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [setId, setSetId] = useState<string | null>(saved?.id ?? null);
  const [changed, setChanged] = useState(false);
  const [save, saving] = useMutation(SaveMutation);
  const update = (change: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setChanged(true);
  };

  const input = () => ({
    setId,
    draftKey,
    personalIdentityCode: draft.personalIdentityCode.trim() || null,
    language: draft.language,
    note: draft.note,
    items: draft.items.map((item) => ({ serviceId: item.id, note: item.note })),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving.running) return;
    const checked = validateInput(guidanceSetSchema, input());
    if (!checked.ok) return void setErrors(checked.errors);
    setErrors([]);
    try {
      const result = (await save({ input: { ...input(), language: checked.value.language } })).saveGuidanceSet;
      setProblem(result.problem ?? null);
      if (result.set) {
        const savedId = result.set.id;
        setSetId(savedId);
        setChanged(false);
        // A code given now replaces the earlier client; left empty, the earlier one stays.
        if (draft.personalIdentityCode.trim()) setClient(result.set.client ?? null);
        update({ personalIdentityCode: '' });
        setChanged(false);
        if (!setId) window.history.replaceState(window.history.state, '', to(`guidance/${savedId}`));
      }
    } catch {
      // The mutation's state holds the error; field errors show at their fields.
    }
  };

  const all = [...errors, ...fieldErrorsUnder(saving.fieldErrors, ['input'])];
  const errorAt = (...path: (string | number)[]) => errorMessage(fieldErrorAt(all, path.map(String)));
  const summary = all.map((e) => ({ message: errorMessage(e) ?? '', fieldId: fieldId(e.path) }));

  return (
    <>
      <PageHeading>{t('guidance.setTitle')}</PageHeading>
      <p><Link href={to('guidance')}>{t('guidance.back')}</Link></p>
      <form onSubmit={submit} noValidate aria-labelledby="guidance-form-title">
        <h2 id="guidance-form-title">{t('guidance.formTitle')}</h2>
        <Stack gap="m">
          {summary.length > 0 && <ErrorSummary title={t('guidance.fixErrors')} errors={summary} />}
          <p>
            {client ? t('guidance.clientIs', { name: `${client.firstName} ${client.lastName}` }) : t('guidance.clientUnidentified')}
          </p>
          <TextField
            id="guidance-personalIdentityCode"
            label={client ? t('guidance.changeClient') : t('guidance.personalIdentityCode')}
            hint={t('guidance.personalIdentityCodeHint')}
            optional
            value={draft.personalIdentityCode}
            onChange={(e) => update({ personalIdentityCode: e.target.value })}
            error={errorAt('personalIdentityCode')}
            autoComplete="off"
            spellCheck={false}
            width="medium"
          />
          {problem === 'CLIENT_NOT_FOUND' && <Alert tone="warning">{t('guidance.clientNotFound')}</Alert>}
          {problem === 'SET_NOT_FOUND' && <Alert tone="error">{t('guidance.setNotFound')}</Alert>}
          <SelectField
            id="guidance-language"
            label={t('guidance.clientLanguage')}
            hint={t('guidance.clientLanguageHint')}
            value={draft.language}
            onChange={(e) => update({ language: e.target.value as GuidanceLanguage })}
            options={guidanceLanguages.map((value) => ({ value, label: t(`language.${value}`) }))}
            width="medium"
          />
          <ServicePicker
            language={language}
            picked={draft.items.map((item) => item.id)}
            full={draft.items.length >= guidanceSetMaxItems}
            onPick={(service) => update({ items: [...draft.items, { ...service, note: '' }] })}
          />
          <section aria-labelledby="guidance-picked">
            <h3 id="guidance-picked">{t('guidance.picked', { count: draft.items.length })}</h3>
            {errorAt('items') && <Alert tone="error">{t('guidance.noServices')}</Alert>}
            <ol className="guidance-picked">
              {draft.items.map((item, index) => (
                <li key={item.id}>
                  <Stack gap="s">
                    <span>
                      <strong><LocalizedSpan content={item.name} /></strong> — {item.organization}
                    </span>
                    <TextArea
                      id={`guidance-items-${index}-note`}
                      label={t('guidance.itemNote', { service: item.name.text })}
                      optional
                      value={item.note}
                      maxLength={guidanceItemNoteMaxLength}
                      rows={2}
                      onChange={(e) => update({ items: draft.items.map((other) => (other.id === item.id ? { ...other, note: e.target.value } : other)) })}
                      error={errorAt('items', index, 'note')}
                    />
                    <div>
                      <Button
                        variant="secondary"
                        aria-label={t('guidance.removeService', { service: item.name.text })}
                        onClick={() => update({ items: draft.items.filter((other) => other.id !== item.id) })}
                      >
                        {t('guidance.remove')}
                      </Button>
                    </div>
                  </Stack>
                </li>
              ))}
            </ol>
          </section>
          <TextArea
            id="guidance-note"
            label={t('guidance.note')}
            hint={t('guidance.noteHint', { max: guidanceNoteMaxLength })}
            optional
            value={draft.note}
            maxLength={guidanceNoteMaxLength}
            rows={3}
            onChange={(e) => update({ note: e.target.value })}
            error={errorAt('note')}
          />
          {saving.error && saving.fieldErrors.length === 0 && <RequestError error={saving.error} />}
          <p role="status">{setId && !changed && !saving.running ? t('guidance.saved') : ''}</p>
          <div>
            <Button type="submit" variant="primary" loading={saving.running}>
              {t('guidance.save')}
            </Button>
          </div>
        </Stack>
      </form>
      {setId && <HandoverPanel language={language} setId={setId} client={client} changed={changed} initial={saved?.handovers ?? []} />}
    </>
  );
}

/** Field ids of the form, so that the error summary links to the field. */
function fieldId(path: readonly (string | number)[]): string {
  if (path[0] === 'items' && path.length >= 3) return `guidance-items-${path[1]}-note`;
  return `guidance-${String(path[0] ?? 'note')}`;
}

interface Found {
  id: string;
  name: PickedService['name'];
  organization: string;
}

function ServicePicker({ language, picked, full, onPick }: { language: Language; picked: string[]; full: boolean; onPick: (service: Found) => void }) {
  const { t } = useTexts<Texts>('serviceTray');
  const [text, setText] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  return (
    <section aria-labelledby="guidance-search">
      <h3 id="guidance-search">{t('guidance.addServices')}</h3>
      {/* Inside the set's form, so no form of its own: Enter in the field searches instead of saving. */}
      <div role="search" aria-labelledby="guidance-search">
        <Cluster gap="s">
          <TextField
            label={t('guidance.searchLabel')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              setQuery(text.trim());
            }}
            width="medium"
          />
          <Button variant="secondary" onClick={() => setQuery(text.trim())}>{t('guidance.search')}</Button>
        </Cluster>
      </div>
      {query !== null && <SearchResults key={`${language}:${query}`} query={query} picked={picked} full={full} onPick={onPick} />}
    </section>
  );
}

function SearchResults({ query, picked, full, onPick }: { query: string; picked: string[]; full: boolean; onPick: (service: Found) => void }) {
  const { t } = useTexts<Texts>('serviceTray');
  const result = useQuery(SearchQuery, { input: { query, first: 10 } });
  if (result.status === 'loading') return <Skeleton lines={3} />;
  if (result.status === 'error') return <RequestError error={result.error} />;
  const hits = result.data.searchServices.hits;
  return (
    <>
      <p role="status">{t('guidance.found', { count: result.data.searchServices.total })}</p>
      {full && <Alert tone="info">{t('guidance.full', { max: guidanceSetMaxItems })}</Alert>}
      <ul className="guidance-results">
        {hits.map(({ service }) => (
          <li key={service.id}>
            <LocalizedSpan content={service.name} /> — <LocalizedSpan content={service.organization.name} />{' '}
            {picked.includes(service.id) ? (
              <span>({t('guidance.inSet')})</span>
            ) : (
              <Button
                variant="secondary"
                disabled={full}
                aria-label={t('guidance.addService', { service: service.name.text })}
                onClick={() => onPick({ id: service.id, name: service.name, organization: service.organization.name.text })}
              >
                {t('guidance.add')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function HandoverPanel({ language, setId, client, changed, initial }: { language: Language; setId: string; client: Client; changed: boolean; initial: Handover[] }) {
  const { t } = useTexts<Texts>('serviceTray');
  const [handOver, handing] = useMutation(HandOverMutation);
  const [handovers, setHandovers] = useState<Handover[]>(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [latest, setLatest] = useState<Handover | null>(null);

  const give = async (channel: GuidanceChannel) => {
    if (handing.running) return;
    // One key per click: a double click or a retry of this click makes one handover.
    const key = newKey();
    try {
      const result = (await handOver({ input: { setId, channel, idempotencyKey: key } })).handOverGuidanceSet;
      setProblem(result.problem ?? null);
      if (result.handover) {
        const handover = result.handover;
        setHandovers((list) => [handover, ...list.filter((h) => h.id !== handover.id)]);
        setLatest(handover);
        // The print is the client's own page in their language, with its print layout.
        if (channel === 'PRINT') window.open(handover.linkPath, '_blank', 'noopener');
      }
    } catch {
      // The mutation's state holds the error.
    }
  };
  const url = (handover: Handover) => `${window.location.origin}${handover.linkPath}`;
  const disabled = (channel: GuidanceChannel) =>
    changed || (channel === 'SMS' && !client?.hasPhone) || (channel === 'EMAIL' && !client?.hasEmail);

  return (
    <section aria-labelledby="guidance-handover">
      <h2 id="guidance-handover">{t('guidance.handoverTitle')}</h2>
      <p>{changed ? t('guidance.saveFirst') : client ? t('guidance.handoverIntro') : t('guidance.handoverUnidentified')}</p>
      <Cluster gap="s">
        {channels.map((channel) => (
          <Button key={channel} variant={channel === 'LINK' ? 'primary' : 'secondary'} disabled={disabled(channel)} loading={handing.running} onClick={() => void give(channel)}>
            {t(`guidance.give.${channel}`)}
          </Button>
        ))}
      </Cluster>
      {problem && <Alert tone="warning">{t(`guidance.problems.${problem as 'EMPTY_SET'}`)}</Alert>}
      {handing.error && <RequestError error={handing.error} />}
      {latest && (
        <Alert tone="success" title={t(`guidance.done.${latest.channel}`)}>
          <p>
            {t('guidance.linkIs')} <a href={latest.linkPath}>{url(latest)}</a>
          </p>
          <p>{t('guidance.expires', { date: formatDate(latest.expiresAt, language) })}</p>
        </Alert>
      )}
      {handovers.length > 0 && (
        <>
          <h3>{t('guidance.handovers')}</h3>
          <ul>
            {handovers.map((h) => (
              <li key={h.id}>
                {formatDateTime(h.handedOverAt, language)} — {t(`guidance.channels.${h.channel}`)} — {t('guidance.expires', { date: formatDate(h.expiresAt, language) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

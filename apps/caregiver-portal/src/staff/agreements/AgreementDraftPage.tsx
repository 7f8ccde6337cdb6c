import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { useTexts } from '@luotsi/i18n';
import { useMutation, useQuery } from '@luotsi/graphql-client';
import { helsinkiDate } from '@luotsi/calendar';
import { fieldErrorAt, fieldErrorsUnder, type FieldError } from '@luotsi/validation';
import { Alert, Button, Link, PageHeading, RequestError, SelectField, Skeleton, Stack, TextField, useFieldErrorMessage } from '@luotsi/ui';
import { graphql } from '../../gql';
import type { fi } from '../../i18n/fi';
import type { fi as staffFi } from '../i18n/fi';
import { emptyTerms, termsVariables, type TermsFormState } from './terms-form';
import { TermsFields } from './TermsFields';

const DraftFormQuery = graphql(`
  query CaregiverDraftForm {
    staffMe { id units { id code name { text language isFallback } } }
    careAgreementCarers { id firstName lastName }
    careAgreementTemplates { id type name { text } }
  }
`);

const FindCarerQuery = graphql(`
  query CaregiverFindCarer($code: String!) {
    careAgreementCarerByIdentityCode(personalIdentityCode: $code) { id firstName lastName }
  }
`);

const CreateDraftMutation = graphql(`
  mutation CaregiverCreateDraft($key: ID!, $carerId: ID!, $unitId: ID!, $terms: CareAgreementTermsInput!) {
    createCareAgreementDraft(creationKey: $key, carerId: $carerId, unitId: $unitId, terms: $terms) { id }
  }
`);

type Texts = typeof fi & typeof staffFi;
interface Person { id: string; firstName: string; lastName: string }

/** The coordinator drafts a new agreement: whose, in which unit, on which template and terms. */
export default function AgreementDraftPage({ language, to }: ModulePageProps) {
  const { t } = useTexts<Texts>('caregiverPortal');
  const message = useFieldErrorMessage();
  const [, navigate] = useLocation();
  const data = useQuery(DraftFormQuery);
  const [create, creating] = useMutation(CreateDraftMutation);
  // One key per form fill: a double click or a retried save makes one agreement.
  const [key] = useState(() => crypto.randomUUID());
  const [carerId, setCarerId] = useState('');
  const [found, setFound] = useState<Person | null | undefined>(undefined);
  const [code, setCode] = useState('');
  const [unitId, setUnitId] = useState('');
  const [form, setForm] = useState<TermsFormState>(() => emptyTerms(helsinkiDate()));
  const [errors, setErrors] = useState<FieldError[]>([]);
  // A look-up on demand (not on every render), run like a mutation.
  const [findCarer, finding] = useMutation(FindCarerQuery);

  const ready = data.status === 'success' ? data.data : null;
  const carers: Person[] = ready?.careAgreementCarers ?? [];
  const units = ready?.staffMe.units ?? [];
  const templates = ready?.careAgreementTemplates ?? [];
  const templateFor = (f: TermsFormState) => (f.templateId ? f.templateId : (templates.find((tpl) => tpl.type === f.type)?.id ?? ''));

  const find = async (event: FormEvent) => {
    event.preventDefault();
    setFound(undefined);
    const result = await findCarer({ code: code.trim().toUpperCase() }).catch(() => undefined);
    if (!result) return;
    const person = result.careAgreementCarerByIdentityCode ?? null;
    setFound(person);
    if (person) setCarerId(person.id);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = { ...form, templateId: templateFor(form) };
    const checked = termsVariables(chosen);
    const own: FieldError[] = [];
    if (!carerId) own.push({ path: ['carerId'], code: 'required' });
    if (!unitId && units.length !== 1) own.push({ path: ['unitId'], code: 'required' });
    if (!checked.ok || own.length) return void setErrors([...own, ...(checked.ok ? [] : checked.errors.map((e) => ({ ...e, path: ['terms', ...e.path] })))]);
    setErrors([]);
    const result = await create({ key, carerId, unitId: unitId || units[0]!.id, terms: checked.terms }).catch(() => undefined);
    if (result) navigate(`~${to(`agreements/${result.createCareAgreementDraft.id}`)}`);
  };
  const all = [...errors, ...creating.fieldErrors];

  return (
    <>
      <PageHeading>{t('draft.title')}</PageHeading>
      <p>
        <Link href={to('')}>{t('agreement.back')}</Link>
      </p>
      <p>{t('draft.intro')}</p>
      {data.status === 'loading' && <Skeleton lines={8} />}
      {data.status === 'error' && <RequestError error={data.error} />}
      {ready && (
        <Stack gap="l">
          <section aria-labelledby="cg-carer" className="lx-panel">
            <h2 id="cg-carer">{t('draft.carerHeading')}</h2>
            <Stack gap="m">
              <SelectField
                label={t('draft.carerFromUnits')}
                value={carers.some((c) => c.id === carerId) ? carerId : ''}
                onChange={(e) => {
                  setCarerId(e.target.value);
                  setFound(undefined);
                }}
                placeholder={t('draft.choose')}
                options={carers.map((c) => ({ value: c.id, label: `${c.lastName} ${c.firstName}` }))}
                error={message(fieldErrorAt(all, 'carerId'))}
              />
              <form onSubmit={find} noValidate aria-label={t('draft.orIdentityCode')}>
                <p>{t('draft.orIdentityCode')}</p>
                <TextField
                  label={t('draft.identityCode')}
                  hint={t('draft.identityCodeHint')}
                  value={code}
                  onChange={(e) => setCode(e.target.value)}
                  width="medium"
                  autoComplete="off"
                  error={message(fieldErrorAt(finding.fieldErrors, 'personalIdentityCode'))}
                />
                <Button type="submit" variant="secondary" loading={finding.running}>
                  {t('draft.find')}
                </Button>
              </form>
              {found === null && <Alert tone="warning">{t('draft.notFound')}</Alert>}
              {found && <Alert tone="success">{t('draft.found', { name: `${found.firstName} ${found.lastName}` })}</Alert>}
            </Stack>
          </section>
          <form onSubmit={submit} noValidate aria-labelledby="cg-terms-heading">
            <h2 id="cg-terms-heading">{t('agreement.terms')}</h2>
            <Stack gap="m">
              {units.length > 1 && (
                <SelectField
                  label={t('draft.unit')}
                  value={unitId}
                  onChange={(e) => setUnitId(e.target.value)}
                  placeholder={t('draft.choose')}
                  options={units.map((u) => ({ value: u.id, label: u.name.text }))}
                  error={message(fieldErrorAt(all, 'unitId'))}
                />
              )}
              <TermsFields form={{ ...form, templateId: templateFor(form) }} onChange={setForm} templates={templates} errors={fieldErrorsUnder(all, ['terms'])} language={language} />
              {creating.error && creating.error.fields.length === 0 && <RequestError error={creating.error} />}
              <div>
                <Button type="submit" variant="primary" loading={creating.running}>
                  {t('draft.save')}
                </Button>
              </div>
            </Stack>
          </form>
        </Stack>
      )}
    </>
  );
}

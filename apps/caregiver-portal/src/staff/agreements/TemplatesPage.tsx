import { useState, type FormEvent } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDateTime, useTexts } from '@luotsi/i18n';
import { useMutation, useQuery } from '@luotsi/graphql-client';
import { agreementTemplateSchema, templateFields } from '@luotsi/caregiving-domain';
import { fieldErrorAt, fieldErrorsUnder, validateInput, type FieldError } from '@luotsi/validation';
import { Alert, Button, Link, PageHeading, RequestError, SelectField, Skeleton, Stack, TextArea, TextField, useFieldErrorMessage } from '@luotsi/ui';
import { graphql } from '../../gql';
import type { fi } from '../../i18n/fi';
import type { fi as staffFi } from '../i18n/fi';
import { typeEnums, typeOfEnum, type TypeEnum } from './terms-form';

const TemplatesQuery = graphql(`
  query CaregiverTemplates {
    careAgreementTemplates { id type name { text } nameFi nameSv nameEn bodyFi bodySv bodyEn fieldsUsed updatedAt updatedByName }
  }
`);
const CreateTemplateMutation = graphql(`
  mutation CaregiverCreateTemplate($key: ID!, $input: CareAgreementTemplateInput!) {
    createCareAgreementTemplate(creationKey: $key, input: $input) { id }
  }
`);
const UpdateTemplateMutation = graphql(`
  mutation CaregiverUpdateTemplate($id: ID!, $input: CareAgreementTemplateInput!) {
    updateCareAgreementTemplate(id: $id, input: $input) { id }
  }
`);

type Texts = typeof fi & typeof staffFi;
interface TemplateForm { id: string | null; type: TypeEnum; nameFi: string; nameSv: string; nameEn: string; bodyFi: string; bodySv: string; bodyEn: string }
const blank: TemplateForm = { id: null, type: 'INFORMAL_CARE', nameFi: '', nameSv: '', nameEn: '', bodyFi: '', bodySv: '', bodyEn: '' };

/** The coordinators' agreement templates: the list, and a form to write a new one or change one. */
export default function TemplatesPage({ language, to }: ModulePageProps) {
  const { t } = useTexts<Texts>('caregiverPortal');
  const message = useFieldErrorMessage();
  const list = useQuery(TemplatesQuery);
  const [create, creating] = useMutation(CreateTemplateMutation);
  const [update, updating] = useMutation(UpdateTemplateMutation);
  const [form, setForm] = useState<TemplateForm>(blank);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);
  const running = creating.running || updating.running;
  const serverErrors = fieldErrorsUnder([...creating.fieldErrors, ...updating.fieldErrors], ['input']);
  const error = (path: string) => {
    const found = fieldErrorAt(errors, path) ?? fieldErrorAt(serverErrors, path);
    return found?.code === 'invalid' && path.startsWith('body') ? t('templates.bodyInvalid') : message(found);
  };
  const set = (field: keyof TemplateForm) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      type: form.type,
      name: { fi: form.nameFi, sv: form.nameSv, en: form.nameEn || null },
      body: { fi: form.bodyFi, sv: form.bodySv, en: form.bodyEn || null },
    };
    const checked = validateInput(agreementTemplateSchema, { ...input, type: typeOfEnum(form.type) });
    if (!checked.ok) return void setErrors(checked.errors);
    setErrors([]);
    setSaved(false);
    const result = await (form.id ? update({ id: form.id, input }) : create({ key, input })).catch(() => undefined);
    if (result) {
      setSaved(true);
      setForm(blank);
      setKey(crypto.randomUUID());
      list.refetch();
    }
  };
  const templates = list.status === 'success' ? list.data.careAgreementTemplates : [];

  return (
    <>
      <PageHeading>{t('templates.title')}</PageHeading>
      <p>
        <Link href={to('')}>{t('agreement.back')}</Link>
      </p>
      <p>{t('templates.intro', { example: '{{carerName}}' })}</p>
      <p>
        {t('templates.fields')}: <code>{templateFields.map((f) => `{{${f}}}`).join(' ')}</code>
      </p>
      {list.status === 'loading' && <Skeleton lines={4} />}
      {list.status === 'error' && <RequestError error={list.error} />}
      <ul>
        {templates.map((tpl) => (
          <li key={tpl.id}>
            <Button
              variant="secondary"
              onClick={() => {
                setSaved(false);
                setForm({ id: tpl.id, type: tpl.type as TypeEnum, nameFi: tpl.nameFi, nameSv: tpl.nameSv, nameEn: tpl.nameEn ?? '', bodyFi: tpl.bodyFi, bodySv: tpl.bodySv, bodyEn: tpl.bodyEn ?? '' });
              }}
            >
              {t(`agreementType.${tpl.type}`)}: {tpl.name.text}
            </Button>{' '}
            ({t('templates.updated', { date: formatDateTime(tpl.updatedAt, language), name: tpl.updatedByName })})
          </li>
        ))}
      </ul>
      {saved && (
        <Alert tone="success" live>
          {t('templates.saved')}
        </Alert>
      )}
      <form onSubmit={submit} noValidate aria-labelledby="cg-template-form">
        <h2 id="cg-template-form">{form.id ? t('templates.edit', { name: form.nameFi }) : t('templates.new')}</h2>
        <Stack gap="m">
          <SelectField
            label={t('templates.type')}
            value={form.type}
            disabled={form.id !== null}
            onChange={set('type')}
            options={typeEnums.map((value) => ({ value, label: t(`agreementType.${value}`) }))}
          />
          <TextField label={t('templates.nameFi')} value={form.nameFi} onChange={set('nameFi')} error={error('name.fi')} lang="fi" />
          <TextField label={t('templates.nameSv')} value={form.nameSv} onChange={set('nameSv')} error={error('name.sv')} lang="sv" />
          <TextField label={t('templates.nameEn')} value={form.nameEn} onChange={set('nameEn')} error={error('name.en')} lang="en" optional />
          <TextArea label={t('templates.bodyFi')} value={form.bodyFi} onChange={set('bodyFi')} error={error('body.fi')} rows={12} lang="fi" />
          <TextArea label={t('templates.bodySv')} value={form.bodySv} onChange={set('bodySv')} error={error('body.sv')} rows={12} lang="sv" />
          <TextArea label={t('templates.bodyEn')} value={form.bodyEn} onChange={set('bodyEn')} error={error('body.en')} rows={8} lang="en" optional />
          {(creating.error ?? updating.error) && (creating.error ?? updating.error)!.fields.length === 0 && <RequestError error={(creating.error ?? updating.error)!} />}
          <div>
            <Button type="submit" variant="primary" loading={running}>
              {t('templates.save')}
            </Button>
          </div>
        </Stack>
      </form>
    </>
  );
}

import { useEffect, useState } from 'react';
import { useTexts } from '@luotsi/i18n';
import type { Language } from '@luotsi/shell-contract';
import { useQuery } from '@luotsi/graphql-client';
import type { Urgency } from '@luotsi/questionnaires';
import { Alert, Button, Link, RequestError, SelectField, Skeleton, Stack } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';
import type { fi as assessmentFi } from '../assessment/i18n/fi';

const NextStepQuery = graphql(`
  query SymptomLocalNextStep($urgency: String!, $contactUnitType: String, $municipalityCode: String) {
    symptomLocalNextStep(urgency: $urgency, contactUnitType: $contactUnitType, municipalityCode: $municipalityCode) {
      kind
      unitType
      whenClosed
      emergencyNumber
      helplineNumber
      municipalityCode
      places {
        serviceId
        name { text language isFallback }
        address
        mapUrl
        openNow
        alwaysOpen
        eServiceUrl
        hours { dayFrom dayTo from to }
        phones { number openNow }
      }
    }
  }
`);

const MunicipalitiesQuery = graphql(`
  query SymptomCheckMunicipalities {
    serviceMunicipalities { code name { text language } }
  }
`);

type Texts = typeof fi & typeof assessmentFi;
type Hours = { dayFrom: number; dayTo?: number | null; from: string; to: string };

const unitTypes = ['health-centre', 'oral-health', 'mental-health', 'emergency-duty'] as const;
type UnitType = (typeof unitTypes)[number];
const isUnitType = (value: string | null | undefined): value is UnitType => (unitTypes as readonly string[]).includes(value ?? '');

/** The municipality is remembered in the URL (?municipality=049): shareable, and kept over the sign-in round trip. */
const urlParameter = 'municipality';
function municipalityInUrl(): string | null {
  const code = new URLSearchParams(window.location.search).get(urlParameter);
  return code && /^\d{3}$/.test(code) ? code : null;
}
function rememberMunicipality(code: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set(urlParameter, code);
  window.history.replaceState(window.history.state, '', url);
}

/** "ma", "mån", "Mon" for ISO weekdays 1–7 (1 January 2024 was a Monday). */
function weekday(day: number, language: Language): string {
  return new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)));
}
/** "8.00" in Finnish and Swedish, "8:00" in English. */
function clock(time: string, language: Language): string {
  const [hours = '0', minutes = '00'] = time.split(':');
  return `${Number(hours)}${language === 'en' ? ':' : '.'}${minutes}`;
}
export function hoursText(hours: Hours, language: Language): string {
  const days = hours.dayTo && hours.dayTo !== hours.dayFrom ? `${weekday(hours.dayFrom, language)}–${weekday(hours.dayTo, language)}` : weekday(hours.dayFrom, language);
  return `${days} ${clock(hours.from, language)}–${clock(hours.to, language)}`;
}
const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`;

export interface LocalNextStepProps {
  urgency: Urgency;
  contactUnitType: string | null;
  /** Called with the municipality the step is shown for (chosen, or the signed-in resident's). */
  onMunicipality: (code: string) => void;
}

/**
 * Where to turn in the resident's municipality for this urgency: 112, Päivystysapu 116 117, or the
 * services of the catalogue with their phones, address, map link, hours and "open now" — and
 * where to turn when they are closed. Every urgency ends in a number to call.
 */
export function LocalNextStep({ urgency, contactUnitType, onMunicipality }: LocalNextStepProps) {
  const { t, language } = useTexts<Texts>('symptomCheck');
  const [chosen, setChosen] = useState<string | null>(municipalityInUrl);
  const step = useQuery(NextStepQuery, { urgency, contactUnitType, municipalityCode: chosen });
  const shown = step.status === 'success' ? step.data.symptomLocalNextStep : null;
  const known = shown?.municipalityCode ?? null;
  useEffect(() => {
    if (known) onMunicipality(known);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per municipality shown
  }, [known]);

  return (
    <section aria-labelledby="symptom-local-title" data-testid="symptom-local-next-step">
      <h3 id="symptom-local-title">{t('assessment.local.title')}</h3>
      {step.status === 'loading' && <Skeleton lines={3} />}
      {step.status === 'error' && (
        <>
          <RequestError error={step.error} />
          <HelplineButton t={t} />
        </>
      )}
      {shown && (
        <Stack gap="m">
          {shown.kind === 'call-emergency' ? (
            <p>
              <Button as="a" href="tel:112" variant="primary" block>
                {t('assessment.emergency.call')}
              </Button>
            </p>
          ) : (
            <>
              {shown.kind === 'helpline-first' && (
                <>
                  <p>{t('assessment.local.helplineFirst')}</p>
                  <HelplineButton t={t} />
                </>
              )}
              <MunicipalityChoice
                value={known}
                onChange={(code) => {
                  rememberMunicipality(code);
                  setChosen(code);
                }}
              />
              {known && (
                <Places
                  places={shown.places}
                  unitType={isUnitType(shown.unitType) ? shown.unitType : 'health-centre'}
                  kind={shown.kind}
                  whenClosed={shown.whenClosed}
                  language={language}
                  t={t}
                />
              )}
            </>
          )}
        </Stack>
      )}
    </section>
  );
}

function HelplineButton({ t }: { t: ReturnType<typeof useTexts<Texts>>['t'] }) {
  return (
    <p>
      <Button as="a" href="tel:116117" variant="secondary" block>
        {t('assessment.emergencyDepartment.call')}
      </Button>
    </p>
  );
}

function MunicipalityChoice({ value, onChange }: { value: string | null; onChange: (code: string) => void }) {
  const { t } = useTexts<Texts>('symptomCheck');
  const list = useQuery(MunicipalitiesQuery);
  if (list.status === 'loading') return <Skeleton lines={1} />;
  if (list.status === 'error') return <RequestError error={list.error} />;
  return (
    <SelectField
      label={t('assessment.local.municipality')}
      hint={value ? undefined : t('assessment.local.chooseMunicipality')}
      placeholder={value ? undefined : t('assessment.local.choose')}
      value={value ?? ''}
      width="medium"
      options={list.data.serviceMunicipalities.map((m) => ({ value: m.code, label: m.name.text }))}
      onChange={(event) => {
        if (event.currentTarget.value) onChange(event.currentTarget.value);
      }}
    />
  );
}

interface PlacesProps {
  places: {
    serviceId: string;
    name: { text: string; language: Language; isFallback: boolean };
    address?: string | null;
    mapUrl?: string | null;
    openNow?: boolean | null;
    alwaysOpen: boolean;
    eServiceUrl?: string | null;
    hours: Hours[];
    phones: { number: string; openNow?: boolean | null }[];
  }[];
  unitType: UnitType;
  kind: string;
  whenClosed: string | null | undefined;
  language: Language;
  t: ReturnType<typeof useTexts<Texts>>['t'];
}

function Places({ places, unitType, kind, whenClosed, language, t }: PlacesProps) {
  if (places.length === 0)
    // Never a dead end: without a place in the catalogue, the helpline tells where to go.
    return kind === 'helpline-first' ? null : (
      <>
        <p>{t('assessment.local.none')}</p>
        <HelplineButton t={t} />
      </>
    );
  // Only places known to be closed count: unknown hours are not "closed".
  const allClosed = places.every((p) => p.openNow === false && !p.alwaysOpen);
  return (
    <>
      <p>{t(kind === 'self-care' ? 'assessment.local.ifWorse' : `assessment.local.contact.${unitType}`)}</p>
      {allClosed && whenClosed === 'helpline' && (
        <Alert tone="warning" title={t('assessment.local.closedNow')}>
          <p>{t('assessment.local.closedHelpline')}</p>
          <HelplineButton t={t} />
        </Alert>
      )}
      {allClosed && whenClosed === 'when-open' && <p>{t('assessment.local.closedWhenOpen')}</p>}
      <ul className="lx-stack lx-gap-m">
        {places.map((place) => (
          <li key={place.serviceId}>
            <h4 lang={place.name.language}>{place.name.text}</h4>
            {place.alwaysOpen ? (
              <p>{t('assessment.local.alwaysOpen')}</p>
            ) : place.openNow === true ? (
              <p>
                <strong>{t('assessment.local.openNow')}</strong>
              </p>
            ) : place.openNow === false ? (
              <p>
                <strong>{t('assessment.local.closed')}</strong>
              </p>
            ) : null}
            {place.phones.map((phone) => (
              <p key={phone.number}>
                {t('assessment.local.phone')} <a href={telHref(phone.number)}>{phone.number}</a>
                {phone.openNow === false && ` (${t('assessment.local.phoneClosed')})`}
              </p>
            ))}
            {place.address && (
              <p>
                {t('assessment.local.address')} {place.address}
                {place.mapUrl && (
                  <>
                    {' '}
                    <Link href={place.mapUrl} external>{t('assessment.local.map', { name: place.name.text })}</Link>
                  </>
                )}
              </p>
            )}
            {place.hours.length > 0 && (
              <p>
                {t('assessment.local.hours')} {place.hours.map((h) => hoursText(h, language)).join(', ')}
              </p>
            )}
            {place.eServiceUrl && (
              <p>
                <Link href={place.eServiceUrl} external>{t('assessment.local.eService', { name: place.name.text })}</Link>
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The family center's browsing vocabularies. Article metadata may use only these keys, so the
 * life-stage and topic filters of the UI always have a label in every language.
 */

export const contentLanguages = ['fi', 'sv', 'en'] as const;
export type ContentLanguage = (typeof contentLanguages)[number];

/** Finnish is the language every article has; Swedish and English are optional translations. */
export type LocalizedText = {
  fi: string;
  sv?: string;
  en?: string;
};

export interface VocabularyEntry<K extends string> {
  key: K;
  label: Required<LocalizedText>;
}

export const lifeStages = [
  { key: 'expecting', label: { fi: 'Odotusaika', sv: 'Väntetiden', en: 'Expecting' } },
  { key: 'baby', label: { fi: 'Vauva (0–1 v)', sv: 'Baby (0–1 år)', en: 'Baby (0–1 years)' } },
  {
    key: 'toddler',
    label: { fi: 'Taapero (1–3 v)', sv: 'Småbarn (1–3 år)', en: 'Toddler (1–3 years)' },
  },
  {
    key: 'preschool',
    label: {
      fi: 'Alle kouluikäinen (3–6 v)',
      sv: 'Barn under skolåldern (3–6 år)',
      en: 'Under school age (3–6 years)',
    },
  },
  {
    key: 'school-age',
    label: { fi: 'Kouluikäinen (7–12 v)', sv: 'Skolbarn (7–12 år)', en: 'School age (7–12 years)' },
  },
  {
    key: 'teen',
    label: { fi: 'Nuori (13–17 v)', sv: 'Tonåring (13–17 år)', en: 'Teenager (13–17 years)' },
  },
] as const satisfies readonly VocabularyEntry<string>[];
export type LifeStage = (typeof lifeStages)[number]['key'];

export const topics = [
  { key: 'sleep', label: { fi: 'Uni', sv: 'Sömn', en: 'Sleep' } },
  {
    key: 'feeding',
    label: { fi: 'Ruokailu ja imetys', sv: 'Mat och amning', en: 'Feeding and eating' },
  },
  { key: 'emotions', label: { fi: 'Tunteet', sv: 'Känslor', en: 'Emotions' } },
  { key: 'relationships', label: { fi: 'Ihmissuhteet', sv: 'Relationer', en: 'Relationships' } },
  {
    key: 'separation',
    label: { fi: 'Ero', sv: 'Skilsmässa och separation', en: 'Separation and divorce' },
  },
  {
    key: 'money',
    label: { fi: 'Raha ja tuet', sv: 'Pengar och förmåner', en: 'Money and benefits' },
  },
  {
    key: 'disability',
    label: {
      fi: 'Vammaisuus ja erityinen tuki',
      sv: 'Funktionsnedsättning och särskilt stöd',
      en: 'Disability and special support',
    },
  },
  {
    key: 'development',
    label: { fi: 'Leikki ja kehitys', sv: 'Lek och utveckling', en: 'Play and development' },
  },
  {
    key: 'screens',
    label: { fi: 'Ruutuaika ja media', sv: 'Skärmtid och medier', en: 'Screen time and media' },
  },
  {
    key: 'early-education',
    label: {
      fi: 'Varhaiskasvatus ja esiopetus',
      sv: 'Småbarnspedagogik och förskola',
      en: 'Early childhood education',
    },
  },
  { key: 'school', label: { fi: 'Koulu', sv: 'Skolan', en: 'School' } },
  { key: 'bullying', label: { fi: 'Kiusaaminen', sv: 'Mobbning', en: 'Bullying' } },
  { key: 'substances', label: { fi: 'Päihteet', sv: 'Rusmedel', en: 'Alcohol and drugs' } },
  {
    key: 'mental-health',
    label: { fi: 'Mieliala ja jaksaminen', sv: 'Psykiskt välmående', en: 'Mood and mental health' },
  },
  { key: 'wellbeing', label: { fi: 'Hyvinvointi', sv: 'Välmående', en: 'Wellbeing' } },
  {
    key: 'safety',
    label: { fi: 'Turvallisuus ja väkivalta', sv: 'Trygghet och våld', en: 'Safety and violence' },
  },
  { key: 'health', label: { fi: 'Terveys', sv: 'Hälsa', en: 'Health' } },
] as const satisfies readonly VocabularyEntry<string>[];
export type Topic = (typeof topics)[number]['key'];

/** Who wrote the text, shown to readers ("Written by a public health nurse"). */
export const authorRoles = [
  {
    key: 'public-health-nurse',
    label: { fi: 'Terveydenhoitaja', sv: 'Hälsovårdare', en: 'Public health nurse' },
  },
  { key: 'midwife', label: { fi: 'Kätilö', sv: 'Barnmorska', en: 'Midwife' } },
  {
    key: 'family-counsellor',
    label: { fi: 'Perheneuvolan työntekijä', sv: 'Familjerådgivare', en: 'Family counsellor' },
  },
  { key: 'psychologist', label: { fi: 'Psykologi', sv: 'Psykolog', en: 'Psychologist' } },
  {
    key: 'social-worker',
    label: { fi: 'Sosiaalityöntekijä', sv: 'Socialarbetare', en: 'Social worker' },
  },
  {
    key: 'school-social-worker',
    label: { fi: 'Koulukuraattori', sv: 'Skolkurator', en: 'School social worker' },
  },
  {
    key: 'early-education-teacher',
    label: {
      fi: 'Varhaiskasvatuksen opettaja',
      sv: 'Lärare inom småbarnspedagogik',
      en: 'Early childhood teacher',
    },
  },
  {
    key: 'speech-therapist',
    label: { fi: 'Puheterapeutti', sv: 'Talterapeut', en: 'Speech therapist' },
  },
  {
    key: 'benefits-advisor',
    label: { fi: 'Etuusneuvoja', sv: 'Förmånsrådgivare', en: 'Benefits advisor' },
  },
  {
    key: 'substance-worker',
    label: { fi: 'Päihdetyöntekijä', sv: 'Missbruksarbetare', en: 'Substance abuse worker' },
  },
] as const satisfies readonly VocabularyEntry<string>[];
export type AuthorRole = (typeof authorRoles)[number]['key'];

export const reviewStatuses = ['needs-review', 'reviewed'] as const;
/** 'needs-review': health or legal content a professional has not yet checked. */
export type ReviewStatus = (typeof reviewStatuses)[number];

const keys = <K extends string>(entries: readonly VocabularyEntry<K>[]): ReadonlySet<string> =>
  new Set(entries.map((e) => e.key));
const lifeStageKeys = keys(lifeStages);
const topicKeys = keys(topics);
const authorRoleKeys = keys(authorRoles);

export const isLifeStage = (value: unknown): value is LifeStage =>
  typeof value === 'string' && lifeStageKeys.has(value);
export const isTopic = (value: unknown): value is Topic =>
  typeof value === 'string' && topicKeys.has(value);
export const isAuthorRole = (value: unknown): value is AuthorRole =>
  typeof value === 'string' && authorRoleKeys.has(value);
export const isContentLanguage = (value: unknown): value is ContentLanguage =>
  typeof value === 'string' && (contentLanguages as readonly string[]).includes(value);

/** The label of a vocabulary key in the reader's language, or the key itself if unknown. */
export function vocabularyLabel(
  entries: readonly VocabularyEntry<string>[],
  key: string,
  language: ContentLanguage,
): string {
  return entries.find((e) => e.key === key)?.label[language] ?? key;
}

import type {
  AnswerOption,
  BandRule,
  ClinicalSignOff,
  ContactOffer,
  LocalizedText,
  Urgency,
} from '../types';

export function text(fi: string, sv: string, en: string): LocalizedText {
  return { fi, sv, en };
}

/** Scored options whose value is the score, as the instruments publish them. */
export function scoredOptions(
  ...options: readonly (readonly [number, LocalizedText])[]
): AnswerOption[] {
  return options.map(([score, label]) => ({ value: score, score, text: label }));
}

/**
 * The instruments' fi and sv wordings follow the published Finnish and Swedish versions as far as
 * we know them; a clinician must compare them with the licensed texts before production.
 */
export const instrumentSignOff: ClinicalSignOff = {
  required: true,
  status: 'pending',
  note: 'Compare the fi and sv item wordings with the licensed national versions; approve the urgency, advice and contact offer of each band.',
};

export const healthCentre: ContactOffer = { offered: true, unitType: 'health-centre' };
export const noContact: ContactOffer = { offered: false };

/** A band that is a plain inclusive score range. */
export function scoreBand(
  id: string,
  min: number,
  max: number,
  label: LocalizedText,
  urgency: Urgency,
  advice: readonly string[],
  contact: ContactOffer,
): BandRule {
  return { id, label, when: { score: { min, max } }, urgency, advice, contact };
}

/** "Over the last 2 weeks" frequencies shared by PHQ-9 and GAD-7, scored 0–3. */
export const twoWeekFrequency = scoredOptions(
  [0, text('Ei lainkaan', 'Inte alls', 'Not at all')],
  [1, text('Useina päivinä', 'Flera dagar', 'Several days')],
  [2, text('Suurimpana osana päivistä', 'Mer än hälften av dagarna', 'More than half the days')],
  [3, text('Lähes joka päivä', 'Nästan varje dag', 'Nearly every day')],
);

/** Advice shared by the mood and anxiety instruments. */
export const sharedAdvice = {
  'self-care': text(
    'Pidä huolta unesta, liikunnasta ja ihmissuhteista. Voit tehdä kyselyn uudelleen parin viikon päästä.',
    'Ta hand om din sömn, motion och dina relationer. Du kan göra enkäten igen om ett par veckor.',
    'Look after your sleep, exercise and relationships. You can take the questionnaire again in a couple of weeks.',
  ),
  'contact-if-worse': text(
    'Jos olo huononee, ota yhteyttä terveysasemalle.',
    'Om du mår sämre, kontakta hälsostationen.',
    'If you feel worse, contact your health centre.',
  ),
  'book-appointment': text(
    'Varaa aika terveysasemalle. Voit jättää yhteydenottopyynnön, niin sinulle soitetaan.',
    'Boka en tid på hälsostationen. Du kan lämna en kontaktbegäran, så ringer vi upp dig.',
    'Book an appointment at your health centre. You can leave a contact request and we will call you.',
  ),
  'contact-within-days': text(
    'Ota yhteyttä terveysasemalle muutaman päivän sisällä. Voit jättää yhteydenottopyynnön.',
    'Kontakta hälsostationen inom några dagar. Du kan lämna en kontaktbegäran.',
    'Contact your health centre within a few days. You can leave a contact request.',
  ),
} as const;

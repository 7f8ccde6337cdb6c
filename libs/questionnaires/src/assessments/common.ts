/**
 * Building blocks shared by the symptom assessments: yes/no danger signs that end the assessment
 * at once, red flags that raise the urgency without ending it, the age question, and the advice
 * texts every assessment words the same way (so "call 112" reads alike everywhere).
 */
import { healthCentre, noContact, text } from '../instruments/common';
import type {
  AnswerOption,
  ChoiceItem,
  ClinicalSignOff,
  Condition,
  ContactOffer,
  LocalizedText,
  NumberItem,
  QuestionnaireSection,
  RedFlagRule,
  Urgency,
} from '../types';

export { healthCentre, noContact, text };

export const yesNo: readonly AnswerOption[] = [
  { value: 'yes', text: text('Kyllä', 'Ja', 'Yes') },
  { value: 'no', text: text('Ei', 'Nej', 'No') },
];

/** A required yes/no question; used for danger signs and for simple symptom questions. */
export const yesNoItem = (
  id: string,
  wording: LocalizedText,
  extra: Partial<Pick<ChoiceItem, 'help' | 'enableWhen'>> = {},
): ChoiceItem => ({ id, type: 'choice', text: wording, required: true, options: yesNo, ...extra });

/**
 * A danger sign ends the assessment at once with only its advice: the person should act, not
 * answer more questions. No contact request is offered, because a request is too slow.
 */
export const endNow = (
  id: string,
  urgency: Extract<Urgency, 'emergency' | 'emergency-department'>,
  advice: string,
): RedFlagRule => ({
  id,
  when: { item: id, equals: 'yes' },
  endsAssessment: true,
  urgency,
  advice: [advice],
  contact: noContact,
});

/** A red flag that keeps the questions going but makes the result at least this urgent. */
export const raise = (
  id: string,
  label: LocalizedText,
  when: Condition,
  urgency: Urgency,
  advice: readonly string[],
  contact: ContactOffer = healthCentre,
): RedFlagRule => ({ id, label, when, endsAssessment: false, urgency, advice, contact });

/** Age in whole years; a parent answering for a child gives the child's age. */
export const ageItem: NumberItem = {
  id: 'age',
  type: 'number',
  integer: true,
  min: 0,
  max: 120,
  required: true,
  text: text('Ikä', 'Ålder', 'Age'),
  unit: text('vuotta', 'år', 'years'),
  help: text(
    'Jos vastaat lapsen puolesta, vastaa lapsen tiedoilla. Alle vuoden ikäiselle vastaa 0.',
    'Om du svarar för ett barn, svara med barnets uppgifter. För barn under ett år, svara 0.',
    'If you are answering for a child, give the child’s details. For a baby under one, answer 0.',
  ),
};

/** The danger signs come first, so an emergency is recognised before anything else is asked. */
export const dangerSection = (items: readonly ChoiceItem[]): QuestionnaireSection => ({
  id: 'danger-signs',
  title: text('Vakavat oireet', 'Allvarliga symtom', 'Serious symptoms'),
  items,
});

/** Drafted by the product team; the county's clinicians must review before it is used. */
export const assessmentSignOff = (focus: string): ClinicalSignOff => ({
  required: true,
  status: 'pending',
  note: `Draft content, not yet reviewed by a clinician. Review the danger signs, the red-flag limits, the urgency and contact offer of each result, and the fi/sv/en wording. ${focus}`,
});

/** Advice worded the same way in every assessment. */
const sharedTexts = {
  'call-112': text('Soita heti 112.', 'Ring 112 genast.', 'Call 112 now.'),
  'go-to-emergency-department': text(
    'Mene päivystykseen tänään. Soita ensin Päivystysapuun 116 117.',
    'Åk till jouren i dag. Ring först Jourhjälpen 116 117.',
    'Go to the emergency department today. Call the on-call helpline 116 117 first.',
  ),
  'go-to-emergency-department-now': text(
    'Mene päivystykseen heti. Jos et pääse sinne itse, soita 112.',
    'Åk till jouren genast. Om du inte kan ta dig dit själv, ring 112.',
    'Go to the emergency department now. If you cannot get there yourself, call 112.',
  ),
  'contact-today': text(
    'Ota yhteyttä terveysasemalle tänään. Virka-ajan ulkopuolella soita 116 117.',
    'Kontakta hälsostationen i dag. Utanför tjänstetid, ring 116 117.',
    'Contact your health centre today. Outside office hours, call 116 117.',
  ),
  'contact-within-days': text(
    'Ota yhteyttä terveysasemalle 1–3 päivän sisällä. Voit jättää yhteydenottopyynnön.',
    'Kontakta hälsostationen inom 1–3 dagar. Du kan lämna en kontaktbegäran.',
    'Contact your health centre within 1–3 days. You can leave a contact request.',
  ),
  'book-appointment': text(
    'Varaa aika terveysasemalle. Voit myös jättää yhteydenottopyynnön.',
    'Boka en tid på hälsostationen. Du kan också lämna en kontaktbegäran.',
    'Book an appointment at your health centre. You can also leave a contact request.',
  ),
} as const satisfies Record<string, LocalizedText>;

export type SharedTextKey = keyof typeof sharedTexts;

/** The shared texts an assessment uses (a definition may hold only texts its rules use). */
export function sharedTextsFor(
  ...keys: readonly SharedTextKey[]
): Record<SharedTextKey, LocalizedText> {
  return Object.fromEntries(keys.map((key) => [key, sharedTexts[key]])) as Record<
    SharedTextKey,
    LocalizedText
  >;
}

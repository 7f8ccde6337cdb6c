import { text } from '../instruments/common';
import type {
  AnswerOption,
  ChoiceItem,
  ContactOffer,
  LocalizedText,
  QuestionnaireDefinition,
  RedFlagRule,
} from '../types';

const yesNo: readonly AnswerOption[] = [
  { value: 'yes', text: text('Kyllä', 'Ja', 'Yes') },
  { value: 'no', text: text('Ei', 'Nej', 'No') },
];

const dangerSign = (id: string, wording: LocalizedText): ChoiceItem => ({
  id,
  type: 'choice',
  text: wording,
  required: true,
  options: yesNo,
});

const healthCentre: ContactOffer = { offered: true, unitType: 'health-centre' };
const noContact: ContactOffer = { offered: false };

/** A danger sign ends the assessment at once: nothing else is asked. */
const endNow = (id: string, urgency: RedFlagRule['urgency'], advice: string): RedFlagRule => ({
  id,
  when: { item: id, equals: 'yes' },
  endsAssessment: true,
  urgency,
  advice: [advice],
  contact: noContact,
});

/**
 * Respiratory infection (hengitystieinfektio): danger signs first, each ending the assessment at
 * once; then background and symptoms, with red flags that raise the urgency without ending it.
 * Content drafted for the county's clinicians to review; not yet signed off.
 */
export const respiratoryInfection: QuestionnaireDefinition = {
  id: 'respiratory-infection',
  version: '0.1.0',
  kind: 'symptom-assessment',
  title: text('Hengitystieinfektio', 'Luftvägsinfektion', 'Respiratory infection'),
  description: text(
    'Flunssa, yskä, kurkkukipu tai kuume. Vastaa kysymyksiin, niin kerromme, mitä kannattaa tehdä.',
    'Förkylning, hosta, halsont eller feber. Svara på frågorna, så berättar vi vad du ska göra.',
    'A cold, cough, sore throat or fever. Answer the questions and we will tell you what to do.',
  ),
  clinicalSignOff: {
    required: true,
    status: 'pending',
    note: 'Draft content: review the danger signs, the red-flag limits and the urgency of each result.',
  },
  sections: [
    {
      id: 'danger-signs',
      title: text('Vakavat oireet', 'Allvarliga symtom', 'Serious symptoms'),
      items: [
        dangerSign(
          'severe-breathlessness',
          text(
            'Onko sinulla vaikea hengenahdistus? Et esimerkiksi pysty puhumaan kokonaisia lauseita.',
            'Har du svår andnöd? Du kan till exempel inte tala i hela meningar.',
            'Are you very short of breath? For example, you cannot speak in full sentences.',
          ),
        ),
        dangerSign(
          'blue-lips',
          text(
            'Ovatko huulet tai kasvot sinertävät?',
            'Är läpparna eller ansiktet blåaktiga?',
            'Are your lips or face bluish?',
          ),
        ),
        dangerSign(
          'confusion',
          text(
            'Oletko sekava tai tavallista paljon uneliaampi?',
            'Är du förvirrad eller mycket sömnigare än vanligt?',
            'Are you confused or much more drowsy than usual?',
          ),
        ),
        dangerSign(
          'chest-pain',
          text(
            'Onko sinulla kova rintakipu?',
            'Har du kraftig bröstsmärta?',
            'Do you have severe chest pain?',
          ),
        ),
        dangerSign(
          'coughing-blood',
          text('Yskitkö verta?', 'Hostar du blod?', 'Are you coughing up blood?'),
        ),
      ],
    },
    {
      id: 'background',
      title: text('Taustatiedot', 'Bakgrund', 'Background'),
      items: [
        {
          id: 'age',
          type: 'number',
          integer: true,
          min: 0,
          max: 120,
          required: true,
          text: text('Ikä', 'Ålder', 'Age'),
          unit: text('vuotta', 'år', 'years'),
        },
        {
          id: 'risk-groups',
          type: 'multi-choice',
          required: false,
          text: text(
            'Onko sinulla jokin näistä?',
            'Har du något av följande?',
            'Do you have any of these?',
          ),
          help: text(
            'Valitse kaikki, jotka koskevat sinua.',
            'Välj alla som gäller dig.',
            'Choose all that apply to you.',
          ),
          options: [
            {
              value: 'lung-disease',
              text: text(
                'Astma tai muu keuhkosairaus',
                'Astma eller annan lungsjukdom',
                'Asthma or another lung disease',
              ),
            },
            { value: 'heart-disease', text: text('Sydänsairaus', 'Hjärtsjukdom', 'Heart disease') },
            { value: 'diabetes', text: text('Diabetes', 'Diabetes', 'Diabetes') },
            {
              value: 'weak-immunity',
              text: text('Heikentynyt vastustuskyky', 'Nedsatt immunförsvar', 'Weakened immunity'),
            },
            { value: 'pregnancy', text: text('Raskaus', 'Graviditet', 'Pregnancy') },
          ],
        },
      ],
    },
    {
      id: 'symptoms',
      title: text('Oireet', 'Symtom', 'Symptoms'),
      items: [
        {
          id: 'fever',
          type: 'choice',
          required: true,
          text: text('Onko sinulla kuumetta?', 'Har du feber?', 'Do you have a fever?'),
          options: [
            { value: 'none', text: text('Ei kuumetta', 'Ingen feber', 'No fever') },
            { value: 'low', text: text('Alle 38 °C', 'Under 38 °C', 'Below 38 °C') },
            { value: 'moderate', text: text('38–39 °C', '38–39 °C', '38–39 °C') },
            { value: 'high', text: text('Yli 39 °C', 'Över 39 °C', 'Over 39 °C') },
          ],
        },
        {
          id: 'fever-days',
          type: 'number',
          integer: true,
          min: 0,
          max: 60,
          required: true,
          enableWhen: { item: 'fever', anyOf: ['moderate', 'high'] },
          text: text(
            'Kuinka monta päivää kuume on kestänyt?',
            'Hur många dagar har du haft feber?',
            'How many days have you had a fever?',
          ),
          unit: text('päivää', 'dagar', 'days'),
        },
        {
          id: 'breathing',
          type: 'choice',
          required: true,
          text: text('Miten hengität?', 'Hur andas du?', 'How is your breathing?'),
          options: [
            { value: 'normal', text: text('Normaalisti', 'Normalt', 'Normally') },
            {
              value: 'breathless-on-exertion',
              text: text(
                'Hengästyn tavallista helpommin',
                'Jag blir andfådd lättare än vanligt',
                'I get out of breath more easily than usual',
              ),
            },
          ],
        },
        {
          id: 'symptom-days',
          type: 'number',
          integer: true,
          min: 0,
          max: 365,
          required: true,
          text: text(
            'Kuinka monta päivää oireet ovat kestäneet?',
            'Hur många dagar har du haft symtom?',
            'How many days have you had symptoms?',
          ),
          unit: text('päivää', 'dagar', 'days'),
        },
        {
          id: 'other-symptoms',
          type: 'multi-choice',
          required: false,
          text: text(
            'Mitä muita oireita sinulla on?',
            'Vilka andra symtom har du?',
            'What other symptoms do you have?',
          ),
          options: [
            { value: 'cough', text: text('Yskä', 'Hosta', 'Cough') },
            { value: 'sore-throat', text: text('Kurkkukipu', 'Halsont', 'Sore throat') },
            { value: 'runny-nose', text: text('Nuha', 'Snuva', 'Runny nose') },
            { value: 'ear-pain', text: text('Korvakipu', 'Ont i örat', 'Earache') },
            {
              value: 'sinus-pain',
              text: text(
                'Kipu poskissa tai otsassa',
                'Smärta i kinderna eller pannan',
                'Pain in the cheeks or forehead',
              ),
            },
          ],
        },
      ],
    },
  ],
  redFlags: [
    endNow('severe-breathlessness', 'emergency', 'call-112'),
    endNow('blue-lips', 'emergency', 'call-112'),
    endNow('confusion', 'emergency', 'call-112'),
    endNow('chest-pain', 'emergency', 'call-112'),
    endNow('coughing-blood', 'emergency-department', 'go-to-emergency-department'),
    {
      id: 'breathless-on-exertion',
      label: text('Hengenahdistusta rasituksessa', 'Andnöd vid ansträngning', 'Breathless on exertion'),
      when: { item: 'breathing', equals: 'breathless-on-exertion' },
      endsAssessment: false,
      urgency: 'same-day',
      advice: ['contact-today'],
      contact: healthCentre,
    },
    {
      id: 'long-fever',
      label: text('Kuumetta yli 3 päivää', 'Feber i mer än 3 dagar', 'Fever for more than 3 days'),
      when: { item: 'fever-days', min: 4 },
      endsAssessment: false,
      urgency: 'same-day',
      advice: ['contact-today'],
      contact: healthCentre,
    },
    {
      id: 'risk-group-with-fever',
      label: text('Riskiryhmään kuuluva, jolla on kuumetta', 'Hör till en riskgrupp och har feber', 'In a risk group and has a fever'),
      when: {
        all: [
          {
            item: 'risk-groups',
            anyOf: ['lung-disease', 'heart-disease', 'diabetes', 'weak-immunity', 'pregnancy'],
          },
          { item: 'fever', anyOf: ['moderate', 'high'] },
        ],
      },
      endsAssessment: false,
      urgency: 'within-days',
      advice: ['contact-within-days'],
      contact: healthCentre,
    },
  ],
  bands: [
    {
      id: 'long-symptoms',
      label: text('Pitkittyneet oireet', 'Långvariga symtom', 'Long-lasting symptoms'),
      when: { item: 'symptom-days', min: 10 },
      urgency: 'within-days',
      advice: ['contact-within-days'],
      contact: healthCentre,
    },
    {
      id: 'ear-or-sinus',
      label: text(
        'Korva- tai poskiontelo-oireet',
        'Öron- eller bihålesymtom',
        'Ear or sinus symptoms',
      ),
      when: { item: 'other-symptoms', anyOf: ['ear-pain', 'sinus-pain'] },
      urgency: 'non-urgent',
      advice: ['self-care-infection', 'book-if-not-better'],
      contact: healthCentre,
    },
    {
      id: 'self-care',
      label: text('Kotihoito', 'Egenvård', 'Self-care'),
      urgency: 'self-care',
      advice: ['self-care-infection', 'contact-if-worse'],
      contact: noContact,
    },
  ],
  texts: {
    'call-112': text('Soita heti 112.', 'Ring 112 genast.', 'Call 112 now.'),
    'go-to-emergency-department': text(
      'Mene päivystykseen tänään. Soita ensin Päivystysapuun 116 117.',
      'Åk till jouren i dag. Ring först Jourhjälpen 116 117.',
      'Go to the emergency department today. Call the on-call helpline 116 117 first.',
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
    'book-if-not-better': text(
      'Jos olo ei parane muutamassa päivässä, varaa aika terveysasemalle.',
      'Om du inte blir bättre inom några dagar, boka en tid på hälsostationen.',
      'If you do not feel better in a few days, book an appointment at your health centre.',
    ),
    'self-care-infection': text(
      'Lepää ja juo riittävästi. Kuumetta ja kipua voit hoitaa käsikauppalääkkeillä.',
      'Vila och drick tillräckligt. Feber och smärta kan du behandla med receptfria läkemedel.',
      'Rest and drink enough. You can treat fever and pain with over-the-counter medicines.',
    ),
    'contact-if-worse': text(
      'Jos olo huononee tai hengitys vaikeutuu, ota yhteyttä terveysasemalle.',
      'Om du mår sämre eller får svårare att andas, kontakta hälsostationen.',
      'If you feel worse or breathing becomes harder, contact your health centre.',
    ),
  },
};

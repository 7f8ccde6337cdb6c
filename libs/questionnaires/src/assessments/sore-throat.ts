import type { QuestionnaireDefinition } from '../types';
import {
  ageItem,
  assessmentSignOff,
  dangerSection,
  endNow,
  healthCentre,
  noContact,
  raise,
  sharedTextsFor,
  text,
  yesNo,
  yesNoItem,
} from './common';

/**
 * Sore throat (kurkkukipu). Danger signs of a blocked airway, a throat abscess or sepsis come
 * first and end the assessment. The rest counts the Centor criteria (fever ≥ 38 °C, no cough,
 * tender neck glands, coated tonsils; 1 point each), as in the Finnish Current Care guideline on
 * pharyngitis: 3–4 points (or 2 in a child of 3–14) suggest strep throat and a rapid test.
 * Weakened immunity (e.g. chemotherapy, clozapine) and being unable to drink raise the urgency.
 * Content drafted for the county's clinicians to review; not yet signed off.
 */
export const soreThroat: QuestionnaireDefinition = {
  id: 'sore-throat',
  version: '0.1.0',
  kind: 'symptom-assessment',
  title: text('Kurkkukipu', 'Halsont', 'Sore throat'),
  description: text(
    'Kurkku on kipeä tai nieleminen sattuu. Vastaa kysymyksiin, niin kerromme, mitä kannattaa tehdä.',
    'Halsen gör ont eller det gör ont att svälja. Svara på frågorna, så berättar vi vad du ska göra.',
    'Your throat hurts or swallowing is painful. Answer the questions and we will tell you what to do.',
  ),
  clinicalSignOff: assessmentSignOff(
    'Check the Centor limits for the rapid strep test, the age adjustment for children and the weakened-immunity rule.',
  ),
  sections: [
    dangerSection([
      yesNoItem(
        'breathing-difficulty',
        text(
          'Onko hengittäminen vaikeaa? Tai kuuluuko hengityksestä vinkuva ääni?',
          'Är det svårt att andas? Eller hörs ett pipande ljud när du andas?',
          'Is it hard to breathe? Or is there a whistling sound when you breathe?',
        ),
      ),
      yesNoItem(
        'confusion',
        text(
          'Oletko sekava tai tavallista paljon uneliaampi?',
          'Är du förvirrad eller mycket sömnigare än vanligt?',
          'Are you confused or much more drowsy than usual?',
        ),
      ),
      yesNoItem(
        'cannot-swallow-saliva',
        text(
          'Sattuuko nieleminen niin paljon, ettet pysty nielemään edes sylkeä?',
          'Gör det så ont att svälja att du inte ens kan svälja saliv?',
          'Does swallowing hurt so much that you cannot even swallow saliva?',
        ),
      ),
      yesNoItem(
        'one-sided-swelling',
        text(
          'Onko kurkku tai kaula turvoksissa toiselta puolelta? Tai onko suuta vaikea avata?',
          'Är svalget eller halsen svullen på ena sidan? Eller är det svårt att öppna munnen?',
          'Is your throat or neck swollen on one side? Or is it hard to open your mouth?',
        ),
      ),
    ]),
    {
      id: 'background',
      title: text('Taustatiedot', 'Bakgrund', 'Background'),
      items: [
        ageItem,
        yesNoItem(
          'weak-immunity',
          text(
            'Onko vastustuskykysi heikentynyt sairauden tai lääkkeen takia?',
            'Är ditt immunförsvar nedsatt på grund av en sjukdom eller ett läkemedel?',
            'Is your immunity weakened by an illness or a medicine?',
          ),
          {
            help: text(
              'Esimerkiksi syöpälääkkeet, metotreksaatti tai klotsapiini.',
              'Till exempel cancerläkemedel, metotrexat eller klozapin.',
              'For example cancer medicines, methotrexate or clozapine.',
            ),
          },
        ),
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
            { value: 'none', score: 0, text: text('Ei kuumetta', 'Ingen feber', 'No fever') },
            { value: 'low', score: 0, text: text('Alle 38 °C', 'Under 38 °C', 'Below 38 °C') },
            { value: 'moderate', score: 1, text: text('38–39 °C', '38–39 °C', '38–39 °C') },
            { value: 'high', score: 1, text: text('Yli 39 °C', 'Över 39 °C', 'Over 39 °C') },
          ],
        },
        {
          id: 'cough',
          type: 'choice',
          required: true,
          text: text('Onko sinulla yskää?', 'Har du hosta?', 'Do you have a cough?'),
          // No cough is the Centor point: a cough points to a common cold virus.
          options: [
            { value: 'yes', score: 0, text: yesNo[0]!.text },
            { value: 'no', score: 1, text: yesNo[1]!.text },
          ],
        },
        {
          id: 'neck-glands',
          type: 'choice',
          required: true,
          text: text(
            'Onko kaulassa leuan alla aristavia tai turvonneita kyhmyjä?',
            'Har du ömma eller svullna knölar på halsen under käken?',
            'Do you have tender or swollen lumps in your neck, below the jaw?',
          ),
          options: [
            { value: 'yes', score: 1, text: yesNo[0]!.text },
            { value: 'no', score: 0, text: yesNo[1]!.text },
          ],
        },
        {
          id: 'tonsil-coating',
          type: 'choice',
          required: true,
          text: text(
            'Onko nielurisoissa valkoisia pisteitä tai peitettä?',
            'Har halsmandlarna vita prickar eller beläggningar?',
            'Do your tonsils have white spots or a coating?',
          ),
          help: text(
            'Katso peilistä suu auki. Käytä apuna taskulamppua.',
            'Titta i spegeln med öppen mun. Ta hjälp av en ficklampa.',
            'Look in a mirror with your mouth open. Use a torch to help.',
          ),
          options: [
            { value: 'yes', score: 1, text: yesNo[0]!.text },
            { value: 'no', score: 0, text: yesNo[1]!.text },
            {
              value: 'cannot-tell',
              score: 0,
              text: text('En pysty näkemään', 'Jag kan inte se', 'I cannot see'),
            },
          ],
        },
        yesNoItem(
          'can-drink',
          text(
            'Pystytkö juomaan riittävästi?',
            'Kan du dricka tillräckligt?',
            'Can you drink enough?',
          ),
        ),
        {
          id: 'symptom-days',
          type: 'number',
          integer: true,
          min: 0,
          max: 365,
          required: true,
          text: text(
            'Kuinka monta päivää kurkkukipu on kestänyt?',
            'Hur många dagar har du haft ont i halsen?',
            'How many days has your throat been sore?',
          ),
          unit: text('päivää', 'dagar', 'days'),
        },
      ],
    },
  ],
  // The Centor score: 0–4.
  scoring: { items: ['fever', 'cough', 'neck-glands', 'tonsil-coating'] },
  redFlags: [
    endNow('breathing-difficulty', 'emergency', 'call-112'),
    endNow('confusion', 'emergency', 'call-112'),
    endNow('cannot-swallow-saliva', 'emergency-department', 'go-to-emergency-department'),
    endNow('one-sided-swelling', 'emergency-department', 'go-to-emergency-department'),
    raise('weak-immunity', text('Heikentynyt vastustuskyky', 'Nedsatt immunförsvar', 'Weak immunity'), { item: 'weak-immunity', equals: 'yes' }, 'within-days', [
      'throat-weak-immunity',
      'contact-within-days',
    ]),
    // A fever with weakened immunity may mean very few white blood cells: a blood test today.
    raise(
      'weak-immunity-with-fever',
      text('Heikentynyt vastustuskyky ja kuumetta', 'Nedsatt immunförsvar och feber', 'Weak immunity and fever'),
      {
        all: [
          { item: 'weak-immunity', equals: 'yes' },
          { item: 'fever', anyOf: ['moderate', 'high'] },
        ],
      },
      'same-day',
      ['throat-weak-immunity-fever', 'contact-today'],
    ),
    raise('cannot-drink', text('Ei pysty juomaan', 'Kan inte dricka', 'Cannot drink'), { item: 'can-drink', equals: 'no' }, 'same-day', [
      'throat-cannot-drink',
      'contact-today',
    ]),
  ],
  bands: [
    {
      id: 'long-symptoms',
      label: text('Pitkittynyt kurkkukipu', 'Långvarig halsont', 'Long-lasting sore throat'),
      when: { item: 'symptom-days', min: 7 },
      urgency: 'within-days',
      advice: ['throat-long', 'contact-within-days'],
      contact: healthCentre,
    },
    {
      id: 'strep-test',
      label: text(
        'Mahdollinen streptokokki-infektio',
        'Möjlig streptokockinfektion',
        'Possible strep throat',
      ),
      when: {
        any: [
          { score: { min: 3 } },
          { all: [{ score: { min: 2, max: 2 } }, { item: 'age', min: 3, max: 14 }] },
        ],
      },
      urgency: 'within-days',
      advice: ['throat-strep-test', 'contact-within-days', 'self-care-throat'],
      contact: healthCentre,
    },
    {
      id: 'self-care',
      label: text('Kotihoito', 'Egenvård', 'Self-care'),
      urgency: 'self-care',
      advice: ['self-care-throat', 'throat-contact-if-worse'],
      contact: noContact,
    },
  ],
  texts: {
    ...sharedTextsFor(
      'call-112',
      'go-to-emergency-department',
      'contact-today',
      'contact-within-days',
    ),
    'self-care-throat': text(
      'Kurkkukipu johtuu yleensä viruksesta. Se paranee itsestään noin viikossa. Käsikauppakipulääke ja lämmin tai kylmä juoma helpottavat.',
      'Halsont beror oftast på virus. Den går över av sig själv på ungefär en vecka. Receptfri värkmedicin och varm eller kall dryck lindrar.',
      'A sore throat is usually caused by a virus. It gets better by itself in about a week. Over-the-counter painkillers and warm or cold drinks help.',
    ),
    'throat-contact-if-worse': text(
      'Ota yhteyttä terveysasemalle, jos olo huononee tai nieleminen vaikeutuu. Ota yhteyttä myös, jos kipu ei helpota viikossa.',
      'Kontakta hälsostationen om du mår sämre eller får svårare att svälja. Kontakta den också om smärtan inte lindras inom en vecka.',
      'Contact your health centre if you feel worse or swallowing gets harder. Also contact it if the pain does not ease within a week.',
    ),
    'throat-strep-test': text(
      'Oireesi voivat johtua streptokokista. Sinulle voidaan tehdä pikatesti. Antibiootti aloitetaan vain, jos testi on positiivinen.',
      'Dina symtom kan bero på streptokocker. Du kan få ett snabbtest. Antibiotika ges bara om testet är positivt.',
      'Your symptoms may be caused by strep bacteria. You may get a rapid test. Antibiotics are given only if the test is positive.',
    ),
    'throat-long': text(
      'Yli viikon kestänyt kurkkukipu kannattaa tutkia.',
      'Halsont som varat över en vecka bör undersökas.',
      'A sore throat that has lasted over a week should be checked.',
    ),
    'throat-weak-immunity': text(
      'Kun vastustuskyky on heikentynyt, kurkkukipu on syytä tutkia.',
      'När immunförsvaret är nedsatt bör halsont undersökas.',
      'With weakened immunity, a sore throat should be checked.',
    ),
    'throat-weak-immunity-fever': text(
      'Kun vastustuskyky on heikentynyt, kuume ja kurkkukipu tutkitaan tänään. Sinulta voidaan ottaa verikoe.',
      'När immunförsvaret är nedsatt undersöks feber och halsont i dag. Du kan behöva lämna ett blodprov.',
      'With weakened immunity, a fever and sore throat are checked today. You may need a blood test.',
    ),
    'throat-cannot-drink': text(
      'Jos et pysty juomaan riittävästi, sinut pitää tutkia tänään.',
      'Om du inte kan dricka tillräckligt behöver du undersökas i dag.',
      'If you cannot drink enough, you need to be checked today.',
    ),
  },
};

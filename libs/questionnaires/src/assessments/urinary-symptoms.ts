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
 * Urinary symptoms (virtsatieoireet). Signs of sepsis, a kidney infection (fever with flank
 * pain) or urinary retention come first and end the assessment. Self-care is offered only for
 * the typical, mild, short bladder infection of a non-pregnant woman aged 18–65 without risk
 * factors, as in the Finnish Current Care guideline on urinary tract infections; men, children,
 * pregnancy, older age, risk factors, a fever or visible blood always lead to a contact, because
 * these need a urine sample. Content drafted for the county's clinicians; not yet signed off.
 */
export const urinarySymptoms: QuestionnaireDefinition = {
  id: 'urinary-symptoms',
  version: '0.1.0',
  kind: 'symptom-assessment',
  title: text('Virtsatieoireet', 'Urinvägssymtom', 'Urinary symptoms'),
  description: text(
    'Virtsatessa kirvelee tai virtsalla pitää käydä usein. Vastaa kysymyksiin, niin kerromme, mitä kannattaa tehdä.',
    'Det svider när du kissar eller du behöver kissa ofta. Svara på frågorna, så berättar vi vad du ska göra.',
    'It stings when you pass urine or you need to go often. Answer the questions and we will tell you what to do.',
  ),
  clinicalSignOff: assessmentSignOff(
    'Check the age limits for self-care (18–65), the rules for men, children and pregnancy, and whether a mild infection may first be treated without antibiotics.',
  ),
  sections: [
    dangerSection([
      yesNoItem(
        'very-unwell',
        text(
          'Oletko sekava, hyvin uninen tai niin heikko, ettet jaksa nousta ylös?',
          'Är du förvirrad, mycket sömnig eller så svag att du inte orkar stiga upp?',
          'Are you confused, very drowsy or too weak to get up?',
        ),
      ),
      yesNoItem(
        'fever-and-flank-pain',
        text(
          'Onko sinulla kuumetta ja kipua kyljessä tai selän alaosassa?',
          'Har du feber och smärta i sidan eller nedre delen av ryggen?',
          'Do you have a fever and pain in your side or lower back?',
        ),
        {
          help: text(
            'Kuumetta on, kun lämpö on 38 astetta tai enemmän.',
            'Feber betyder att temperaturen är 38 grader eller mer.',
            'A fever means a temperature of 38 °C or more.',
          ),
        },
      ),
      yesNoItem(
        'cannot-urinate',
        text(
          'Onko virtsan tulo loppunut kokonaan, vaikka rakko tuntuu täydeltä?',
          'Har det helt slutat komma urin, fast blåsan känns full?',
          'Has your urine stopped coming completely, although your bladder feels full?',
        ),
      ),
      yesNoItem(
        'cannot-keep-fluids',
        text(
          'Oksennatko niin, ettei juoma pysy sisällä?',
          'Kräks du så att ingen dryck stannar kvar?',
          'Are you vomiting so much that you cannot keep drinks down?',
        ),
      ),
    ]),
    {
      id: 'background',
      title: text('Taustatiedot', 'Bakgrund', 'Background'),
      items: [
        ageItem,
        {
          id: 'sex',
          type: 'choice',
          required: true,
          text: text('Sukupuoli', 'Kön', 'Sex'),
          help: text(
            'Kysymme tätä, koska hoito on erilainen naisilla ja miehillä.',
            'Vi frågar detta eftersom behandlingen är olika för kvinnor och män.',
            'We ask this because treatment differs for women and men.',
          ),
          options: [
            { value: 'female', text: text('Nainen', 'Kvinna', 'Female') },
            { value: 'male', text: text('Mies', 'Man', 'Male') },
            {
              value: 'other',
              text: text(
                'Muu tai en halua kertoa',
                'Annat eller vill inte svara',
                'Other or prefer not to say',
              ),
            },
          ],
        },
        {
          id: 'pregnant',
          type: 'choice',
          required: true,
          enableWhen: {
            all: [
              { item: 'sex', anyOf: ['female', 'other'] },
              { item: 'age', min: 12, max: 55 },
            ],
          },
          text: text('Oletko raskaana?', 'Är du gravid?', 'Are you pregnant?'),
          options: [
            ...yesNo,
            { value: 'maybe', text: text('Mahdollisesti', 'Kanske', 'Possibly') },
          ],
        },
        {
          id: 'risk-factors',
          type: 'multi-choice',
          required: false,
          text: text(
            'Koskeeko jokin näistä sinua?',
            'Gäller något av följande dig?',
            'Do any of these apply to you?',
          ),
          help: text(
            'Valitse kaikki, jotka koskevat sinua.',
            'Välj alla som gäller dig.',
            'Choose all that apply to you.',
          ),
          options: [
            { value: 'diabetes', text: text('Diabetes', 'Diabetes', 'Diabetes') },
            {
              value: 'kidney-disease',
              text: text(
                'Munuaissairaus tai munuaiskivi',
                'Njursjukdom eller njursten',
                'Kidney disease or kidney stones',
              ),
            },
            {
              value: 'catheter',
              text: text('Virtsakatetri', 'Urinkateter', 'A urinary catheter'),
            },
            {
              value: 'weak-immunity',
              text: text('Heikentynyt vastustuskyky', 'Nedsatt immunförsvar', 'Weakened immunity'),
            },
            {
              value: 'recurrent',
              text: text(
                'Virtsatietulehdus vähintään 3 kertaa vuodessa',
                'Urinvägsinfektion minst 3 gånger per år',
                'A urinary infection 3 or more times a year',
              ),
            },
          ],
        },
      ],
    },
    {
      id: 'symptoms',
      title: text('Oireet', 'Symtom', 'Symptoms'),
      items: [
        {
          id: 'main-symptoms',
          type: 'multi-choice',
          required: true,
          minSelected: 1,
          text: text(
            'Mitä oireita sinulla on?',
            'Vilka symtom har du?',
            'What symptoms do you have?',
          ),
          help: text(
            'Valitse kaikki, jotka koskevat sinua.',
            'Välj alla som gäller dig.',
            'Choose all that apply to you.',
          ),
          options: [
            {
              value: 'burning',
              text: text(
                'Kirvely tai kipu virtsatessa',
                'Sveda eller smärta när du kissar',
                'Stinging or pain when passing urine',
              ),
            },
            {
              value: 'frequent',
              text: text(
                'Tiheä tai äkillinen virtsaamisen tarve',
                'Täta eller plötsliga behov att kissa',
                'Needing to pass urine often or suddenly',
              ),
            },
            {
              value: 'lower-abdominal-pain',
              text: text(
                'Kipu alavatsalla',
                'Smärta i nedre delen av magen',
                'Pain low in the belly',
              ),
            },
            {
              value: 'blood',
              text: text('Verta virtsassa', 'Blod i urinen', 'Blood in the urine'),
            },
            {
              value: 'discharge',
              text: text(
                'Vuotoa tai kutinaa sukupuolielimissä',
                'Flytningar eller klåda i underlivet',
                'Discharge or itching in the genitals',
              ),
            },
            {
              value: 'other',
              text: text('Jokin muu oire', 'Något annat symtom', 'Something else'),
            },
          ],
        },
        yesNoItem(
          'fever',
          text(
            'Onko sinulla kuumetta, 38 astetta tai enemmän?',
            'Har du feber, 38 grader eller mer?',
            'Do you have a fever of 38 °C or more?',
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
            'Kuinka monta päivää oireet ovat kestäneet?',
            'Hur många dagar har du haft symtom?',
            'How many days have you had symptoms?',
          ),
          help: text(
            'Jos oireet alkoivat tänään, vastaa 0.',
            'Om symtomen började i dag, svara 0.',
            'If the symptoms started today, answer 0.',
          ),
          unit: text('päivää', 'dagar', 'days'),
        },
        {
          id: 'severity',
          type: 'choice',
          required: true,
          text: text(
            'Kuinka paljon oireet haittaavat?',
            'Hur mycket besvärar symtomen dig?',
            'How much do the symptoms bother you?',
          ),
          options: [
            { value: 'mild', text: text('Vähän', 'Lite', 'A little') },
            { value: 'moderate', text: text('Kohtalaisesti', 'Måttligt', 'Moderately') },
            { value: 'severe', text: text('Paljon', 'Mycket', 'A lot') },
          ],
        },
      ],
    },
  ],
  redFlags: [
    endNow('very-unwell', 'emergency', 'call-112'),
    endNow('fever-and-flank-pain', 'emergency-department', 'go-to-emergency-department'),
    endNow('cannot-urinate', 'emergency-department', 'go-to-emergency-department'),
    endNow('cannot-keep-fluids', 'emergency-department', 'go-to-emergency-department'),
    raise('pregnancy', text('Raskaana tai mahdollisesti raskaana', 'Gravid eller kanske gravid', 'Pregnant or possibly pregnant'), { item: 'pregnant', anyOf: ['yes', 'maybe'] }, 'same-day', [
      'urinary-pregnancy',
      'contact-today',
    ]),
    raise('young-child', text('Alle 2-vuotias', 'Under 2 år', 'Under 2 years old'), { item: 'age', max: 1 }, 'same-day', [
      'urinary-young-child',
      'contact-today',
    ]),
    raise('child', text('Lapsi (2–17-vuotias)', 'Barn (2–17 år)', 'Child (2–17 years)'), { item: 'age', min: 2, max: 17 }, 'within-days', [
      'urine-sample-needed',
      'contact-within-days',
    ]),
    // Men's urinary infections always count as complicated (the prostate may be involved).
    raise('not-female', text('Mies tai muu sukupuoli', 'Man eller annat kön', 'Male or other sex'), { item: 'sex', anyOf: ['male', 'other'] }, 'within-days', [
      'urine-sample-needed',
      'contact-within-days',
    ]),
    raise('older-age', text('Yli 65-vuotias', 'Över 65 år', 'Over 65'), { item: 'age', min: 66 }, 'within-days', [
      'urine-sample-needed',
      'contact-within-days',
    ]),
    raise(
      'risk-factors',
      text('Riskitekijä (diabetes, munuaissairaus, katetri, heikentynyt vastustuskyky tai toistuvat tulehdukset)', 'Riskfaktor (diabetes, njursjukdom, kateter, nedsatt immunförsvar eller återkommande infektioner)', 'Risk factor (diabetes, kidney disease, catheter, weak immunity or recurrent infections)'),
      {
        item: 'risk-factors',
        anyOf: ['diabetes', 'kidney-disease', 'catheter', 'weak-immunity', 'recurrent'],
      },
      'within-days',
      ['urine-sample-needed', 'contact-within-days'],
    ),
    raise('visible-blood', text('Verta virtsassa', 'Blod i urinen', 'Blood in the urine'), { item: 'main-symptoms', equals: 'blood' }, 'within-days', [
      'urinary-blood',
      'contact-within-days',
    ]),
    // A fever without flank pain may still be an early kidney (or, in men, prostate) infection.
    raise('fever', text('Kuumetta', 'Feber', 'Fever'), { item: 'fever', equals: 'yes' }, 'same-day', [
      'urinary-fever',
      'contact-today',
    ]),
  ],
  bands: [
    {
      id: 'long-symptoms',
      label: text('Pitkittyneet oireet', 'Långvariga symtom', 'Long-lasting symptoms'),
      when: { item: 'symptom-days', min: 7 },
      urgency: 'within-days',
      advice: ['urinary-long', 'contact-within-days'],
      contact: healthCentre,
    },
    {
      id: 'not-typical',
      label: text(
        'Oireet eivät ole tyypillisiä virtsatietulehdukselle',
        'Symtomen är inte typiska för urinvägsinfektion',
        'Symptoms not typical of a bladder infection',
      ),
      when: {
        any: [
          { not: { item: 'main-symptoms', anyOf: ['burning', 'frequent'] } },
          { item: 'main-symptoms', equals: 'discharge' },
        ],
      },
      urgency: 'non-urgent',
      advice: ['urinary-not-typical', 'book-appointment'],
      contact: healthCentre,
    },
    {
      id: 'bladder-infection',
      label: text('Virtsarakon tulehdus', 'Urinblåseinflammation', 'Bladder infection'),
      when: {
        any: [
          { item: 'severity', anyOf: ['moderate', 'severe'] },
          { item: 'symptom-days', min: 3 },
        ],
      },
      urgency: 'within-days',
      advice: ['urinary-bladder-infection', 'contact-within-days', 'self-care-urinary'],
      contact: healthCentre,
    },
    {
      id: 'self-care',
      label: text('Kotihoito', 'Egenvård', 'Self-care'),
      urgency: 'self-care',
      advice: ['self-care-urinary', 'urinary-contact-if-not-better'],
      contact: noContact,
    },
  ],
  texts: {
    ...sharedTextsFor(
      'call-112',
      'go-to-emergency-department',
      'contact-today',
      'contact-within-days',
      'book-appointment',
    ),
    'self-care-urinary': text(
      'Juo tavallista enemmän ja käy virtsalla usein. Tulehduskipulääke helpottaa kipua. Lievä tulehdus voi parantua itsestään.',
      'Drick mer än vanligt och kissa ofta. Inflammationshämmande värkmedicin lindrar smärtan. En lindrig infektion kan gå över av sig själv.',
      'Drink more than usual and pass urine often. An anti-inflammatory painkiller eases the pain. A mild infection can clear up by itself.',
    ),
    'urinary-contact-if-not-better': text(
      'Jos oireet eivät helpota kahdessa päivässä, ota yhteyttä terveysasemalle. Hoidon voi usein aloittaa ilman käyntiä. Ota heti yhteyttä, jos saat kuumetta tai kylkikipua.',
      'Om symtomen inte lindras på två dagar, kontakta hälsostationen. Behandlingen kan ofta inledas utan besök. Kontakta genast om du får feber eller smärta i sidan.',
      'If the symptoms do not ease in two days, contact your health centre. Treatment can often start without a visit. Contact it at once if you get a fever or pain in your side.',
    ),
    'urinary-bladder-infection': text(
      'Oireesi sopivat virtsarakon tulehdukseen. Hoidon voi usein aloittaa ilman käyntiä.',
      'Dina symtom passar med urinblåseinflammation. Behandlingen kan ofta inledas utan besök.',
      'Your symptoms fit a bladder infection. Treatment can often start without a visit.',
    ),
    'urinary-not-typical': text(
      'Oireesi eivät ole tyypillisiä virtsatietulehdukselle. Syy kannattaa selvittää vastaanotolla.',
      'Dina symtom är inte typiska för urinvägsinfektion. Orsaken bör utredas på en mottagning.',
      'Your symptoms are not typical of a bladder infection. The cause should be checked at an appointment.',
    ),
    'urinary-long': text(
      'Yli viikon kestäneet oireet pitää tutkia.',
      'Symtom som varat över en vecka ska undersökas.',
      'Symptoms that have lasted over a week need to be checked.',
    ),
    'urine-sample-needed': text(
      'Sinun oireesi tutkitaan virtsanäytteestä ennen hoitoa.',
      'Dina symtom undersöks med ett urinprov före behandlingen.',
      'Your symptoms are checked with a urine sample before treatment.',
    ),
    'urinary-pregnancy': text(
      'Raskauden aikana virtsatietulehdus hoidetaan aina nopeasti.',
      'Under graviditet behandlas urinvägsinfektion alltid snabbt.',
      'During pregnancy, a urinary infection is always treated quickly.',
    ),
    'urinary-young-child': text(
      'Pienen lapsen virtsatieoireet tutkitaan samana päivänä. Lapselta tarvitaan virtsanäyte.',
      'Små barns urinvägssymtom undersöks samma dag. Barnet behöver lämna ett urinprov.',
      'A small child’s urinary symptoms are checked the same day. The child needs to give a urine sample.',
    ),
    'urinary-blood': text(
      'Verta voi tulla virtsaan tulehduksen aikana. Se pitää silti tarkistaa.',
      'Blod i urinen kan förekomma vid en infektion. Det ska ändå kontrolleras.',
      'Blood in the urine can occur with an infection. It still needs to be checked.',
    ),
    'urinary-fever': text(
      'Kuume voi olla merkki munuaistulehduksesta. Se tutkitaan tänään.',
      'Feber kan vara ett tecken på njurinflammation. Det undersöks i dag.',
      'A fever can be a sign of a kidney infection. It is checked today.',
    ),
  },
};

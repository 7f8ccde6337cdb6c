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
  yesNoItem,
} from './common';

/**
 * Low back pain (alaselkäkipu). The danger signs of the Finnish Current Care guideline come
 * first and end the assessment: a sudden tearing pain with faintness (aortic aneurysm), signs of
 * cauda equina compression (saddle numbness, bladder or bowel problems, worsening leg weakness),
 * trauma and fever. Then the background red flags (cancer, weakened immunity, osteoporosis,
 * injecting drugs, first back pain under 20 or from 50 on, night pain, weight loss) each lead
 * to a contact within days. Otherwise acute back pain is self-care: keep moving.
 * Content drafted for the county's clinicians to review; not yet signed off.
 */
export const lowBackPain: QuestionnaireDefinition = {
  id: 'low-back-pain',
  version: '0.1.0',
  kind: 'symptom-assessment',
  title: text('Alaselkäkipu', 'Ländryggssmärta', 'Low back pain'),
  description: text(
    'Selän alaosaa särkee. Vastaa kysymyksiin, niin kerromme, mitä kannattaa tehdä.',
    'Det värker i nedre delen av ryggen. Svara på frågorna, så berättar vi vad du ska göra.',
    'Your lower back hurts. Answer the questions and we will tell you what to do.',
  ),
  clinicalSignOff: assessmentSignOff(
    'Check that the cauda equina signs are clear to lay readers, the age limits for new pain, and the 14-day limit for booking an appointment.',
  ),
  sections: [
    dangerSection([
      yesNoItem(
        'sudden-severe-pain',
        text(
          'Alkoiko selkään tai vatsaan äkillinen, kova kipu? Ja onko olo heikko tai pyörryttävä?',
          'Fick du plötslig, svår smärta i ryggen eller magen? Och känner du dig svag eller yr?',
          'Did a sudden, severe pain start in your back or belly? And do you feel weak or faint?',
        ),
      ),
      yesNoItem(
        'saddle-numbness',
        text(
          'Onko sinulla uutta puutumista peräaukon, sukuelinten tai reisien sisäpintojen alueella?',
          'Har du ny domning runt ändtarmsöppningen, könsorganen eller på insidan av låren?',
          'Do you have new numbness around your anus, genitals or inner thighs?',
        ),
      ),
      yesNoItem(
        'bladder-bowel-problems',
        text(
          'Onko virtsaaminen vaikeutunut äskettäin? Tai karkaako virtsa tai uloste?',
          'Har det nyligen blivit svårt att kissa? Eller läcker urin eller avföring?',
          'Has passing urine recently become hard? Or are you leaking urine or stool?',
        ),
      ),
      yesNoItem(
        'worsening-weakness',
        text(
          'Onko jalassa heikkoutta, joka pahenee? Esimerkiksi jalkaterä laahaa.',
          'Har du svaghet i ett ben som blir värre? Till exempel att foten släpar.',
          'Do you have weakness in a leg that is getting worse? For example, your foot drags.',
        ),
      ),
      yesNoItem(
        'injury',
        text(
          'Alkoiko kipu kaatumisen, putoamisen tai muun tapaturman jälkeen?',
          'Började smärtan efter ett fall eller en annan olycka?',
          'Did the pain start after a fall or another accident?',
        ),
      ),
      yesNoItem(
        'fever',
        text(
          'Onko sinulla kuumetta, 38 astetta tai enemmän?',
          'Har du feber, 38 grader eller mer?',
          'Do you have a fever of 38 °C or more?',
        ),
      ),
    ]),
    {
      id: 'background',
      title: text('Taustatiedot', 'Bakgrund', 'Background'),
      items: [
        ageItem,
        {
          id: 'history',
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
            {
              value: 'cancer',
              text: text(
                'Syöpä nyt tai aiemmin',
                'Cancer nu eller tidigare',
                'Cancer now or in the past',
              ),
            },
            {
              value: 'weak-immunity',
              text: text(
                'Heikentynyt vastustuskyky tai pitkäaikainen kortisonilääkitys',
                'Nedsatt immunförsvar eller långvarig kortisonbehandling',
                'Weakened immunity or long-term steroid medicine',
              ),
            },
            {
              value: 'osteoporosis',
              text: text('Luukato eli osteoporoosi', 'Benskörhet', 'Osteoporosis (weak bones)'),
            },
            {
              value: 'injecting-drugs',
              text: text('Huumeiden käyttö suoneen', 'Injicering av droger', 'Injecting drugs'),
            },
          ],
        },
      ],
    },
    {
      id: 'symptoms',
      title: text('Oireet', 'Symtom', 'Symptoms'),
      items: [
        yesNoItem(
          'had-before',
          text(
            'Onko sinulla ollut samanlaista selkäkipua aiemmin?',
            'Har du haft liknande ryggsmärta tidigare?',
            'Have you had back pain like this before?',
          ),
        ),
        {
          id: 'pain-days',
          type: 'number',
          integer: true,
          min: 0,
          max: 3650,
          required: true,
          text: text(
            'Kuinka monta päivää kipu on kestänyt?',
            'Hur många dagar har smärtan varat?',
            'How many days has the pain lasted?',
          ),
          unit: text('päivää', 'dagar', 'days'),
        },
        yesNoItem(
          'radiating',
          text(
            'Säteileekö kipu jalkaan polven alapuolelle?',
            'Strålar smärtan ut i benet nedanför knät?',
            'Does the pain spread down your leg below the knee?',
          ),
        ),
        yesNoItem(
          'night-pain',
          text(
            'Onko kipu kova myös levossa ja yöllä, vaikka vaihdat asentoa?',
            'Är smärtan svår även i vila och på natten, fast du byter ställning?',
            'Is the pain severe at rest and at night, even when you change position?',
          ),
        ),
        yesNoItem(
          'weight-loss',
          text(
            'Onko painosi laskenut ilman syytä viime kuukausina?',
            'Har du gått ner i vikt utan orsak de senaste månaderna?',
            'Have you lost weight without a reason in recent months?',
          ),
        ),
        {
          id: 'pain-intensity',
          type: 'scale',
          min: 0,
          max: 10,
          required: true,
          text: text(
            'Kuinka kovaa kipu on kipulääkkeestä huolimatta?',
            'Hur svår är smärtan trots värkmedicin?',
            'How bad is the pain, even with painkillers?',
          ),
          minLabel: text('Ei kipua', 'Ingen smärta', 'No pain'),
          maxLabel: text('Pahin mahdollinen', 'Värsta tänkbara', 'Worst possible'),
        },
      ],
    },
  ],
  redFlags: [
    endNow('sudden-severe-pain', 'emergency', 'call-112'),
    endNow('saddle-numbness', 'emergency-department', 'go-to-emergency-department-now'),
    endNow('bladder-bowel-problems', 'emergency-department', 'go-to-emergency-department-now'),
    endNow('worsening-weakness', 'emergency-department', 'go-to-emergency-department-now'),
    endNow('injury', 'emergency-department', 'go-to-emergency-department'),
    endNow('fever', 'emergency-department', 'go-to-emergency-department'),
    raise('cancer-history', text('Sairastanut syövän', 'Har haft cancer', 'Has had cancer'), { item: 'history', equals: 'cancer' }, 'within-days', [
      'back-check-sooner',
      'contact-within-days',
      'back-emergency-signs',
    ]),
    raise(
      'risk-history',
      text('Heikentynyt vastustuskyky, osteoporoosi tai suonensisäisten huumeiden käyttö', 'Nedsatt immunförsvar, benskörhet eller injicerade droger', 'Weak immunity, osteoporosis or injecting drugs'),
      { item: 'history', anyOf: ['weak-immunity', 'osteoporosis', 'injecting-drugs'] },
      'within-days',
      ['back-check-sooner', 'contact-within-days', 'back-emergency-signs'],
    ),
    // New back pain before 20 or from 50 on is more often caused by something other than strain.
    raise(
      'new-pain-at-risk-age',
      text('Ensimmäinen selkäkipu alle 20- tai yli 50-vuotiaana', 'Första ryggsmärtan före 20 eller efter 50 års ålder', 'First back pain under 20 or over 50'),
      {
        all: [
          { item: 'had-before', equals: 'no' },
          {
            any: [
              { item: 'age', max: 19 },
              { item: 'age', min: 50 },
            ],
          },
        ],
      },
      'within-days',
      ['back-check-sooner', 'contact-within-days', 'back-emergency-signs'],
    ),
    raise('night-pain', text('Kipua öisin', 'Smärta på natten', 'Pain at night'), { item: 'night-pain', equals: 'yes' }, 'within-days', [
      'back-night-pain-or-weight-loss',
      'contact-within-days',
      'back-emergency-signs',
    ]),
    raise('weight-loss', text('Laihtuminen', 'Viktnedgång', 'Weight loss'), { item: 'weight-loss', equals: 'yes' }, 'within-days', [
      'back-night-pain-or-weight-loss',
      'contact-within-days',
      'back-emergency-signs',
    ]),
  ],
  bands: [
    {
      id: 'severe-pain',
      label: text('Kova kipu', 'Svår smärta', 'Severe pain'),
      when: { item: 'pain-intensity', min: 8 },
      urgency: 'within-days',
      advice: ['back-severe-pain', 'contact-within-days', 'self-care-back', 'back-emergency-signs'],
      contact: healthCentre,
    },
    {
      id: 'long-lasting',
      label: text('Pitkittynyt kipu', 'Långvarig smärta', 'Long-lasting pain'),
      when: { item: 'pain-days', min: 14 },
      urgency: 'non-urgent',
      advice: ['back-long', 'book-appointment', 'self-care-back', 'back-emergency-signs'],
      contact: healthCentre,
    },
    {
      id: 'sciatica',
      label: text('Iskiasoire', 'Ischiassmärta', 'Sciatica'),
      when: { item: 'radiating', equals: 'yes' },
      urgency: 'non-urgent',
      advice: ['back-sciatica', 'self-care-back', 'book-appointment', 'back-emergency-signs'],
      contact: healthCentre,
    },
    {
      id: 'self-care',
      label: text('Kotihoito', 'Egenvård', 'Self-care'),
      urgency: 'self-care',
      advice: ['self-care-back', 'back-emergency-signs', 'back-book-if-not-better'],
      contact: noContact,
    },
  ],
  texts: {
    ...sharedTextsFor(
      'call-112',
      'go-to-emergency-department',
      'go-to-emergency-department-now',
      'contact-within-days',
      'book-appointment',
    ),
    'self-care-back': text(
      'Selkäkipu paranee yleensä itsestään muutamassa viikossa. Pysy liikkeellä kivun sallimissa rajoissa. Vuodelepo ei auta. Käsikauppakipulääke ja lämpö voivat helpottaa.',
      'Ryggsmärta går oftast över av sig själv på några veckor. Håll dig i rörelse så mycket smärtan tillåter. Sängvila hjälper inte. Receptfri värkmedicin och värme kan lindra.',
      'Back pain usually gets better by itself within a few weeks. Keep moving as much as the pain allows. Bed rest does not help. Over-the-counter painkillers and heat can help.',
    ),
    'back-emergency-signs': text(
      'Mene heti päivystykseen, jos jalka heikkenee. Mene myös, jos virtsaaminen vaikeutuu tai haara-alue puutuu.',
      'Åk genast till jouren om benet blir svagare. Åk också om det blir svårt att kissa eller det domnar i grenen.',
      'Go to the emergency department at once if a leg gets weaker. Also go if passing urine gets hard or your groin goes numb.',
    ),
    'back-book-if-not-better': text(
      'Jos kipu ei ala helpottaa kahdessa viikossa, varaa aika terveysasemalle.',
      'Om smärtan inte börjar lätta inom två veckor, boka en tid på hälsostationen.',
      'If the pain is not easing after two weeks, book a health centre appointment.',
    ),
    'back-sciatica': text(
      'Jalkaan säteilevä kipu johtuu usein hermojuuren ärsytyksestä. Se paranee yleensä itsestään, mutta voi kestää viikkoja.',
      'Smärta som strålar ut i benet beror ofta på en retad nervrot. Den går oftast över av sig själv, men det kan ta veckor.',
      'Pain spreading down the leg is often caused by an irritated nerve root. It usually gets better by itself, but it can take weeks.',
    ),
    'back-long': text(
      'Yli kaksi viikkoa kestänyt selkäkipu kannattaa arvioida vastaanotolla.',
      'Ryggsmärta som varat över två veckor bör bedömas på en mottagning.',
      'Back pain that has lasted over two weeks should be assessed at an appointment.',
    ),
    'back-severe-pain': text(
      'Kova kipu voi vaatia tehokkaampaa kivunhoitoa.',
      'Svår smärta kan behöva effektivare smärtlindring.',
      'Severe pain may need stronger pain relief.',
    ),
    'back-check-sooner': text(
      'Taustasi vuoksi uusi selkäkipu tutkitaan tavallista nopeammin.',
      'På grund av din bakgrund undersöks ny ryggsmärta snabbare än vanligt.',
      'Because of your background, new back pain is checked sooner than usual.',
    ),
    'back-night-pain-or-weight-loss': text(
      'Kova kipu levossa ja yöllä pitää tutkia. Samoin selittämätön laihtuminen.',
      'Svår smärta i vila och på natten ska undersökas. Det gäller också oförklarlig viktnedgång.',
      'Severe pain at rest and at night needs to be checked. So does unexplained weight loss.',
    ),
  },
};

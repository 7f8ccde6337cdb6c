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
 * Diarrhoea (ripuli). Danger signs come first and end the assessment: confusion or fainting
 * (shock) → 112; signs of dehydration, blood or black stool, severe constant belly pain, or no
 * drink staying down for 6 hours → emergency department today. Then babies under one (same
 * day), people aged 75 or more, risk conditions, recent antibiotics (C. difficile), a fever
 * (same day when high, or after travel outside Europe: malaria) and work with food or patients
 * (stool sample before returning to work) raise the urgency. Drinking advice stays in every
 * non-emergency result, because dehydration is the main danger.
 * Content drafted for the county's clinicians to review; not yet signed off.
 */
export const diarrhoea: QuestionnaireDefinition = {
  id: 'diarrhoea',
  version: '0.1.0',
  kind: 'symptom-assessment',
  title: text('Ripuli', 'Diarré', 'Diarrhoea'),
  description: text(
    'Uloste on löysää tai vetistä. Vastaa kysymyksiin, niin kerromme, mitä kannattaa tehdä.',
    'Avföringen är lös eller vattnig. Svara på frågorna, så berättar vi vad du ska göra.',
    'Your stool is loose or watery. Answer the questions and we will tell you what to do.',
  ),
  clinicalSignOff: assessmentSignOff(
    'Check the age limits (under 1, 75 or more), the 6-hour limit for vomiting, the travel rule and the advice for people who work with food or patients.',
  ),
  sections: [
    dangerSection([
      yesNoItem(
        'confusion-or-fainting',
        text(
          'Oletko sekava, hyvin uninen tai pyörtynyt?',
          'Är du förvirrad, mycket sömnig eller har du svimmat?',
          'Are you confused, very drowsy or have you fainted?',
        ),
      ),
      yesNoItem(
        'dehydration',
        text(
          'Onko sinulla kuivumisen merkkejä? Virtsaa tulee hyvin vähän, tai huimaa, kun nouset seisomaan.',
          'Har du tecken på uttorkning? Du kissar mycket lite, eller blir yr när du reser dig.',
          'Do you have signs of dehydration? You pass very little urine, or feel dizzy when you stand up.',
        ),
        {
          help: text(
            'Vauvalla merkkejä ovat myös kuivat vaipat, itku ilman kyyneliä ja veltto olo.',
            'Hos en bebis är också torra blöjor, gråt utan tårar och slöhet tecken.',
            'In a baby, dry nappies, crying without tears and floppiness are also signs.',
          ),
        },
      ),
      yesNoItem(
        'blood-or-black-stool',
        text(
          'Onko ulosteessa verta? Tai onko uloste mustaa?',
          'Finns det blod i avföringen? Eller är avföringen svart?',
          'Is there blood in your stool? Or is your stool black?',
        ),
      ),
      yesNoItem(
        'severe-belly-pain',
        text(
          'Onko sinulla kova, jatkuva vatsakipu?',
          'Har du svår, ihållande magsmärta?',
          'Do you have severe, constant belly pain?',
        ),
      ),
      yesNoItem(
        'cannot-keep-fluids',
        text(
          'Oletko oksentanut niin, ettei mikään juoma ole pysynyt sisällä 6 tuntiin?',
          'Har du kräkts så att ingen dryck har stannat kvar på 6 timmar?',
          'Have you been vomiting so that no drink has stayed down for 6 hours?',
        ),
      ),
    ]),
    {
      id: 'background',
      title: text('Taustatiedot', 'Bakgrund', 'Background'),
      items: [
        ageItem,
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
            {
              value: 'weak-immunity',
              text: text('Heikentynyt vastustuskyky', 'Nedsatt immunförsvar', 'Weakened immunity'),
            },
            {
              value: 'bowel-disease',
              text: text(
                'Tulehduksellinen suolistosairaus',
                'Inflammatorisk tarmsjukdom',
                'Inflammatory bowel disease',
              ),
            },
            {
              value: 'kidney-disease',
              text: text('Munuaissairaus', 'Njursjukdom', 'Kidney disease'),
            },
            { value: 'diabetes', text: text('Diabetes', 'Diabetes', 'Diabetes') },
            { value: 'pregnancy', text: text('Raskaus', 'Graviditet', 'Pregnancy') },
          ],
        },
        yesNoItem(
          'recent-antibiotics',
          text(
            'Oletko käyttänyt antibiootteja viimeisen 3 kuukauden aikana?',
            'Har du tagit antibiotika under de senaste 3 månaderna?',
            'Have you taken antibiotics in the last 3 months?',
          ),
        ),
        yesNoItem(
          'travel',
          text(
            'Oletko matkustanut Euroopan ulkopuolella viimeisen 3 kuukauden aikana?',
            'Har du rest utanför Europa under de senaste 3 månaderna?',
            'Have you travelled outside Europe in the last 3 months?',
          ),
        ),
        yesNoItem(
          'works-with-food-or-patients',
          text(
            'Työskenteletkö elintarvikkeiden parissa? Tai hoidatko työssäsi potilaita tai pieniä lapsia?',
            'Arbetar du med livsmedel? Eller vårdar du patienter eller små barn i ditt arbete?',
            'Do you work with food? Or do you care for patients or small children at work?',
          ),
          { enableWhen: { item: 'age', min: 15 } },
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
            { value: 'none', text: text('Ei kuumetta', 'Ingen feber', 'No fever') },
            { value: 'low', text: text('Alle 38 °C', 'Under 38 °C', 'Below 38 °C') },
            { value: 'moderate', text: text('38–39 °C', '38–39 °C', '38–39 °C') },
            { value: 'high', text: text('Yli 39 °C', 'Över 39 °C', 'Over 39 °C') },
          ],
        },
        {
          id: 'diarrhoea-days',
          type: 'number',
          integer: true,
          min: 0,
          max: 365,
          required: true,
          text: text(
            'Kuinka monta päivää ripuli on kestänyt?',
            'Hur många dagar har du haft diarré?',
            'How many days have you had diarrhoea?',
          ),
          help: text(
            'Jos ripuli alkoi tänään, vastaa 0.',
            'Om diarrén började i dag, svara 0.',
            'If the diarrhoea started today, answer 0.',
          ),
          unit: text('päivää', 'dagar', 'days'),
        },
      ],
    },
  ],
  redFlags: [
    endNow('confusion-or-fainting', 'emergency', 'call-112'),
    endNow('dehydration', 'emergency-department', 'go-to-emergency-department'),
    endNow('blood-or-black-stool', 'emergency-department', 'go-to-emergency-department'),
    endNow('severe-belly-pain', 'emergency-department', 'go-to-emergency-department'),
    endNow('cannot-keep-fluids', 'emergency-department', 'go-to-emergency-department'),
    raise('baby', text('Alle 1-vuotias', 'Under 1 år', 'Under 1 year old'), { item: 'age', max: 0 }, 'same-day', [
      'diarrhoea-baby',
      'contact-today',
      'self-care-diarrhoea',
    ]),
    raise('older-age', text('75-vuotias tai vanhempi', '75 år eller äldre', 'Aged 75 or over'), { item: 'age', min: 75 }, 'within-days', [
      'diarrhoea-older-age',
      'contact-within-days',
      'self-care-diarrhoea',
    ]),
    raise(
      'risk-factors',
      text('Riskitekijä (heikentynyt vastustuskyky, suolistosairaus, munuaissairaus, diabetes tai raskaus)', 'Riskfaktor (nedsatt immunförsvar, tarmsjukdom, njursjukdom, diabetes eller graviditet)', 'Risk factor (weak immunity, bowel disease, kidney disease, diabetes or pregnancy)'),
      {
        item: 'risk-factors',
        anyOf: ['weak-immunity', 'bowel-disease', 'kidney-disease', 'diabetes', 'pregnancy'],
      },
      'within-days',
      ['diarrhoea-risk', 'contact-within-days', 'self-care-diarrhoea'],
    ),
    // Diarrhoea after antibiotics may be a Clostridioides difficile infection.
    raise('recent-antibiotics', text('Käyttänyt äskettäin antibiootteja', 'Har nyligen använt antibiotika', 'Has recently taken antibiotics'), { item: 'recent-antibiotics', equals: 'yes' }, 'within-days', [
      'diarrhoea-antibiotics',
      'contact-within-days',
      'self-care-diarrhoea',
    ]),
    // Salmonella and other infections must be ruled out before work with food or patients.
    raise(
      'works-with-food-or-patients',
      text('Työskentelee elintarvikkeiden tai potilaiden parissa', 'Arbetar med livsmedel eller patienter', 'Works with food or patients'),
      { item: 'works-with-food-or-patients', equals: 'yes' },
      'non-urgent',
      ['diarrhoea-work', 'self-care-diarrhoea'],
    ),
    raise('moderate-fever', text('Kohtalainen kuume', 'Måttlig feber', 'Moderate fever'), { item: 'fever', equals: 'moderate' }, 'within-days', [
      'diarrhoea-fever',
      'contact-within-days',
      'self-care-diarrhoea',
    ]),
    raise('high-fever', text('Korkea kuume', 'Hög feber', 'High fever'), { item: 'fever', equals: 'high' }, 'same-day', [
      'diarrhoea-fever',
      'contact-today',
      'self-care-diarrhoea',
    ]),
    // A fever after travel outside Europe may be malaria, which must be ruled out the same day.
    raise(
      'fever-after-travel',
      text('Kuumetta matkan jälkeen', 'Feber efter en resa', 'Fever after travel'),
      {
        all: [
          { item: 'travel', equals: 'yes' },
          { item: 'fever', anyOf: ['moderate', 'high'] },
        ],
      },
      'same-day',
      ['diarrhoea-travel-fever', 'contact-today', 'self-care-diarrhoea'],
    ),
  ],
  bands: [
    {
      id: 'long-lasting',
      label: text('Pitkittynyt ripuli', 'Långvarig diarré', 'Long-lasting diarrhoea'),
      when: { item: 'diarrhoea-days', min: 7 },
      urgency: 'within-days',
      advice: ['diarrhoea-long', 'contact-within-days', 'self-care-diarrhoea'],
      contact: healthCentre,
    },
    {
      id: 'after-travel',
      label: text('Matkaripuli', 'Resediarré', 'Diarrhoea after travel'),
      when: {
        all: [
          { item: 'travel', equals: 'yes' },
          { item: 'diarrhoea-days', min: 3 },
        ],
      },
      urgency: 'within-days',
      advice: ['diarrhoea-travel', 'contact-within-days', 'self-care-diarrhoea'],
      contact: healthCentre,
    },
    {
      id: 'self-care',
      label: text('Kotihoito', 'Egenvård', 'Self-care'),
      urgency: 'self-care',
      advice: ['self-care-diarrhoea', 'diarrhoea-when-to-act'],
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
    'self-care-diarrhoea': text(
      'Juo runsaasti, vähän kerrallaan. Apteekin nestehoitojauhe korvaa menetetyt suolat. Imetystä voi jatkaa normaalisti. Syö, kun pystyt. Pese kädet huolellisesti.',
      'Drick rikligt, lite åt gången. Vätskeersättning från apoteket ersätter förlorade salter. Amningen kan fortsätta som vanligt. Ät när du kan. Tvätta händerna noga.',
      'Drink plenty, a little at a time. An oral rehydration solution from the pharmacy replaces lost salts. Breastfeeding can go on as usual. Eat when you can. Wash your hands carefully.',
    ),
    'diarrhoea-when-to-act': text(
      'Hakeudu hoitoon samana päivänä, jos ulosteessa on verta tai huomaat kuivumisen merkkejä. Jos ripuli kestää yli viikon, ota yhteyttä terveysasemalle.',
      'Sök vård samma dag om avföringen är blodig eller om du märker tecken på uttorkning. Om diarrén varar över en vecka, kontakta hälsostationen.',
      'Seek care today if your stool is bloody or you notice signs of dehydration. If the diarrhoea lasts over a week, contact your health centre.',
    ),
    'diarrhoea-baby': text(
      'Alle vuoden ikäinen kuivuu nopeasti. Vauvan vointi arvioidaan tänään.',
      'Barn under ett år torkar snabbt ut. Bebisens tillstånd bedöms i dag.',
      'A baby under one can become dehydrated quickly. The baby is assessed today.',
    ),
    'diarrhoea-older-age': text(
      'Iäkkäällä ripuli kuivattaa helposti. Juo säännöllisesti ja seuraa virtsan määrää.',
      'Hos äldre kan diarré lätt leda till uttorkning. Drick regelbundet och håll koll på hur mycket du kissar.',
      'In older people, diarrhoea easily causes dehydration. Drink regularly and keep an eye on how much urine you pass.',
    ),
    'diarrhoea-risk': text(
      'Sairauden tai raskauden vuoksi ripuli voi olla sinulle tavallista vaarallisempi.',
      'På grund av en sjukdom eller graviditet kan diarré vara farligare för dig än vanligt.',
      'Because of an illness or pregnancy, diarrhoea can be more dangerous for you than usual.',
    ),
    'diarrhoea-antibiotics': text(
      'Antibioottikuurin jälkeinen ripuli voi vaatia ulostenäytteen.',
      'Diarré efter en antibiotikakur kan kräva ett avföringsprov.',
      'Diarrhoea after a course of antibiotics may need a stool sample.',
    ),
    'diarrhoea-work': text(
      'Kerro ripulista työpaikallesi ja työterveyshuoltoon ennen töihin paluuta. Voit tarvita ulostenäytteen. Voit jättää yhteydenottopyynnön.',
      'Berätta om diarrén för din arbetsplats och företagshälsovården innan du återgår till arbetet. Du kan behöva lämna ett avföringsprov. Du kan lämna en kontaktbegäran.',
      'Tell your workplace and occupational health service before you go back to work. You may need a stool test. You can leave a contact request.',
    ),
    'diarrhoea-fever': text(
      'Kuume ripulin kanssa pitää tutkia.',
      'Feber tillsammans med diarré ska undersökas.',
      'A fever together with diarrhoea needs to be checked.',
    ),
    'diarrhoea-travel-fever': text(
      'Kuume ulkomaanmatkan jälkeen tutkitaan tänään. Kerro, missä matkustit.',
      'Feber efter en utlandsresa undersöks i dag. Berätta var du har rest.',
      'A fever after travel abroad is checked today. Tell us where you travelled.',
    ),
    'diarrhoea-travel': text(
      'Matkan jälkeinen pitkittynyt ripuli tutkitaan ulostenäytteestä.',
      'Långvarig diarré efter en resa undersöks med ett avföringsprov.',
      'Long-lasting diarrhoea after travel is checked with a stool sample.',
    ),
    'diarrhoea-long': text(
      'Yli viikon kestänyt ripuli pitää tutkia.',
      'Diarré som varat över en vecka ska undersökas.',
      'Diarrhoea that has lasted over a week needs to be checked.',
    ),
  },
};

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
 * Headache (päänsärky). Danger signs come first and end the assessment: a thunderclap headache
 * (subarachnoid haemorrhage), stroke signs, confusion or a seizure, fever with a stiff neck
 * (meningitis) → 112; a head injury or a painful red eye with blurred sight (acute glaucoma) →
 * emergency department today. Then a new headache from 50 on, temple or jaw pain from 50 on
 * (giant cell arteritis) and headache in pregnancy or after giving birth (pre-eclampsia) → today.
 * Frequent headaches and frequent painkiller use lead to a booked appointment.
 * Content drafted for the county's clinicians to review; not yet signed off.
 */
export const headache: QuestionnaireDefinition = {
  id: 'headache',
  version: '0.1.0',
  kind: 'symptom-assessment',
  title: text('Päänsärky', 'Huvudvärk', 'Headache'),
  description: text(
    'Päätä särkee. Vastaa kysymyksiin, niin kerromme, mitä kannattaa tehdä.',
    'Du har ont i huvudet. Svara på frågorna, så berättar vi vad du ska göra.',
    'You have a headache. Answer the questions and we will tell you what to do.',
  ),
  clinicalSignOff: assessmentSignOff(
    'Decide whether a known migraine aura, exactly like earlier ones, may be excluded from the stroke question (now it is not). Check the limits for frequent headaches and painkiller days.',
  ),
  sections: [
    dangerSection([
      yesNoItem(
        'thunderclap',
        text(
          'Alkoiko päänsärky äkkiä ja oli heti erittäin kova, pahin koskaan?',
          'Började huvudvärken plötsligt och var genast mycket svår, den värsta någonsin?',
          'Did the headache start suddenly and was it very severe at once, the worst ever?',
        ),
        {
          help: text(
            'Kipu on pahimmillaan minuutin sisällä alusta.',
            'Smärtan är som värst inom en minut från början.',
            'The pain is at its worst within a minute of starting.',
          ),
        },
      ),
      yesNoItem(
        'stroke-signs',
        text(
          'Onko kasvoissa, kädessä tai jalassa äkillistä heikkoutta tai puutumista? Tai onko puhe tai näkö äkillisesti häiriintynyt?',
          'Har du plötslig svaghet eller domning i ansiktet, en arm eller ett ben? Eller har talet eller synen plötsligt blivit störd?',
          'Do you have sudden weakness or numbness in your face, an arm or a leg? Or has your speech or sight suddenly changed?',
        ),
        {
          help: text(
            'Vastaa kyllä, vaikka oire olisi jo mennyt ohi.',
            'Svara ja, även om symtomet redan har gått över.',
            'Answer yes even if the symptom has already passed.',
          ),
        },
      ),
      yesNoItem(
        'confusion-or-seizure',
        text(
          'Oletko sekava tai tavallista paljon uneliaampi? Tai onko sinulla ollut kouristus tai tajunnanmenetys?',
          'Är du förvirrad eller mycket sömnigare än vanligt? Eller har du haft kramper eller svimmat?',
          'Are you confused or much more drowsy than usual? Or have you had a seizure or passed out?',
        ),
      ),
      yesNoItem(
        'fever-and-stiff-neck',
        text(
          'Onko sinulla kuumetta ja jäykkä niska? Leuka ei esimerkiksi taivu rintaan.',
          'Har du feber och stel nacke? Till exempel når hakan inte bröstet.',
          'Do you have a fever and a stiff neck? For example, your chin will not bend to your chest.',
        ),
      ),
      yesNoItem(
        'head-injury',
        text(
          'Alkoiko päänsärky päähän tulleen iskun tai kaatumisen jälkeen?',
          'Började huvudvärken efter ett slag mot huvudet eller ett fall?',
          'Did the headache start after a blow to the head or a fall?',
        ),
      ),
      yesNoItem(
        'red-painful-eye',
        text(
          'Onko silmä kipeä ja punainen, ja onko näkö sumentunut?',
          'Är ögat ömt och rött, och har synen blivit suddig?',
          'Is one eye painful and red, and has your sight become blurred?',
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
              value: 'pregnancy',
              text: text(
                'Olen raskaana tai synnyttänyt viimeisen 6 viikon aikana',
                'Jag är gravid eller har fött barn under de senaste 6 veckorna',
                'I am pregnant or gave birth in the last 6 weeks',
              ),
            },
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
              text: text('Heikentynyt vastustuskyky', 'Nedsatt immunförsvar', 'Weakened immunity'),
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
          'new-kind',
          text(
            'Onko tämä sinulle uudenlainen päänsärky?',
            'Är det här en ny sorts huvudvärk för dig?',
            'Is this a new kind of headache for you?',
          ),
        ),
        yesNoItem(
          'temple-or-jaw-pain',
          text(
            'Onko ohimo arka kosketukselle? Tai sattuuko leukaan pureskellessa?',
            'Är tinningen öm att röra vid? Eller gör det ont i käken när du tuggar?',
            'Is your temple tender to touch? Or does your jaw hurt when you chew?',
          ),
          { enableWhen: { item: 'age', min: 50 } },
        ),
        yesNoItem(
          'getting-worse',
          text(
            'Onko päänsärky pahentunut päivä päivältä viikkojen ajan?',
            'Har huvudvärken blivit värre dag för dag under flera veckor?',
            'Has the headache got worse day by day over several weeks?',
          ),
        ),
        {
          id: 'pain-intensity',
          type: 'scale',
          min: 0,
          max: 10,
          required: true,
          text: text(
            'Kuinka kovaa päänsärky on nyt?',
            'Hur svår är huvudvärken nu?',
            'How bad is the headache now?',
          ),
          minLabel: text('Ei kipua', 'Ingen smärta', 'No pain'),
          maxLabel: text('Pahin mahdollinen', 'Värsta tänkbara', 'Worst possible'),
        },
        yesNoItem(
          'painkiller-helps',
          text(
            'Auttaako tavallinen särkylääke?',
            'Hjälper vanlig värkmedicin?',
            'Does an ordinary painkiller help?',
          ),
        ),
        {
          id: 'headache-days',
          type: 'number',
          integer: true,
          min: 0,
          max: 31,
          required: true,
          text: text(
            'Monenako päivänä kuukaudessa sinulla on päänsärkyä?',
            'Hur många dagar i månaden har du huvudvärk?',
            'On how many days a month do you have a headache?',
          ),
          unit: text('päivää', 'dagar', 'days'),
        },
        {
          id: 'painkiller-days',
          type: 'number',
          integer: true,
          min: 0,
          max: 31,
          required: true,
          text: text(
            'Monenako päivänä kuukaudessa otat särkylääkettä?',
            'Hur många dagar i månaden tar du värkmedicin?',
            'On how many days a month do you take painkillers?',
          ),
          unit: text('päivää', 'dagar', 'days'),
        },
      ],
    },
  ],
  redFlags: [
    endNow('thunderclap', 'emergency', 'call-112'),
    endNow('stroke-signs', 'emergency', 'call-112'),
    endNow('confusion-or-seizure', 'emergency', 'call-112'),
    endNow('fever-and-stiff-neck', 'emergency', 'call-112'),
    endNow('head-injury', 'emergency-department', 'go-to-emergency-department'),
    endNow('red-painful-eye', 'emergency-department', 'go-to-emergency-department'),
    // Pre-eclampsia can begin with a headache, also in the weeks after giving birth.
    raise('pregnancy', text('Raskaus', 'Graviditet', 'Pregnancy'), { item: 'risk-factors', equals: 'pregnancy' }, 'same-day', [
      'headache-pregnancy',
      'contact-today',
    ]),
    raise(
      'cancer-or-weak-immunity',
      text('Syöpä tai heikentynyt vastustuskyky', 'Cancer eller nedsatt immunförsvar', 'Cancer or weak immunity'),
      { item: 'risk-factors', anyOf: ['cancer', 'weak-immunity'] },
      'within-days',
      ['headache-risk', 'contact-within-days', 'headache-when-to-act'],
    ),
    raise(
      'new-after-50',
      text('Uudenlainen päänsärky yli 50-vuotiaalla', 'Ny sorts huvudvärk efter 50 års ålder', 'New kind of headache after the age of 50'),
      {
        all: [
          { item: 'age', min: 50 },
          { item: 'new-kind', equals: 'yes' },
        ],
      },
      'same-day',
      ['headache-new-after-50', 'contact-today'],
    ),
    // Giant cell arteritis can take the sight if not treated quickly.
    raise('temple-or-jaw-pain', text('Kipua ohimolla tai leuassa', 'Smärta i tinningen eller käken', 'Pain in the temple or jaw'), { item: 'temple-or-jaw-pain', equals: 'yes' }, 'same-day', [
      'headache-temple',
      'contact-today',
    ]),
    raise('getting-worse', text('Päänsärky pahenee', 'Huvudvärken blir värre', 'The headache is getting worse'), { item: 'getting-worse', equals: 'yes' }, 'within-days', [
      'headache-getting-worse',
      'contact-within-days',
      'headache-when-to-act',
    ]),
  ],
  bands: [
    {
      id: 'severe-not-helped',
      label: text(
        'Kova päänsärky, johon lääke ei auta',
        'Svår huvudvärk som medicin inte hjälper mot',
        'Severe headache not helped by medicine',
      ),
      when: {
        all: [
          { item: 'pain-intensity', min: 8 },
          { item: 'painkiller-helps', equals: 'no' },
        ],
      },
      urgency: 'same-day',
      advice: ['headache-severe', 'contact-today'],
      contact: healthCentre,
    },
    {
      id: 'new-kind',
      label: text('Uudenlainen päänsärky', 'Ny sorts huvudvärk', 'A new kind of headache'),
      when: { item: 'new-kind', equals: 'yes' },
      urgency: 'within-days',
      advice: ['headache-new', 'contact-within-days', 'headache-when-to-act'],
      contact: healthCentre,
    },
    {
      id: 'frequent',
      label: text('Toistuva päänsärky', 'Återkommande huvudvärk', 'Frequent headaches'),
      when: {
        any: [
          { item: 'headache-days', min: 8 },
          { item: 'painkiller-days', min: 10 },
        ],
      },
      urgency: 'non-urgent',
      advice: ['headache-frequent', 'book-appointment', 'headache-when-to-act'],
      contact: healthCentre,
    },
    {
      id: 'self-care',
      label: text('Kotihoito', 'Egenvård', 'Self-care'),
      urgency: 'self-care',
      advice: ['self-care-headache', 'headache-when-to-act'],
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
    'self-care-headache': text(
      'Useimmat päänsäryt ovat vaarattomia. Lepää, juo vettä ja syö säännöllisesti. Tavallinen särkylääke auttaa usein.',
      'De flesta huvudvärkar är ofarliga. Vila, drick vatten och ät regelbundet. Vanlig värkmedicin hjälper ofta.',
      'Most headaches are harmless. Rest, drink water and eat regularly. An ordinary painkiller often helps.',
    ),
    'headache-when-to-act': text(
      'Soita 112, jos saat äkillisen kovan päänsäryn, halvausoireita tai kouristuksen. Jos päänsärky jatkuu tai pahenee, ota yhteyttä terveysasemalle.',
      'Ring 112 om du får plötslig svår huvudvärk, förlamningssymtom eller kramper. Om huvudvärken fortsätter eller blir värre, kontakta hälsostationen.',
      'Call 112 if you get a sudden severe headache, stroke signs or a seizure. If the headache goes on or gets worse, contact your health centre.',
    ),
    'headache-new': text(
      'Uudenlainen päänsärky kannattaa tutkia.',
      'En ny sorts huvudvärk bör undersökas.',
      'A new kind of headache should be checked.',
    ),
    'headache-new-after-50': text(
      '50 vuotta täyttäneen uusi päänsärky tutkitaan samana päivänä.',
      'Ny huvudvärk hos personer som fyllt 50 år undersöks samma dag.',
      'A new headache from the age of 50 is checked the same day.',
    ),
    'headache-temple': text(
      'Arka ohimo tai leukakipu pureskellessa voi olla merkki valtimotulehduksesta. Se hoidetaan nopeasti näön suojaamiseksi.',
      'Öm tinning eller käksmärta när du tuggar kan vara tecken på kärlinflammation. Den behandlas snabbt för att skydda synen.',
      'A tender temple or jaw pain when chewing can be a sign of artery inflammation. It is treated quickly to protect your sight.',
    ),
    'headache-pregnancy': text(
      'Raskauden aikana ja synnytyksen jälkeen päänsärky voi liittyä kohonneeseen verenpaineeseen. Verenpaine mitataan tänään.',
      'Under graviditeten och efter förlossningen kan huvudvärk höra ihop med högt blodtryck. Blodtrycket mäts i dag.',
      'During pregnancy and after giving birth, a headache can be linked to high blood pressure. Your blood pressure is checked today.',
    ),
    'headache-risk': text(
      'Sairautesi vuoksi päänsärky tutkitaan tavallista nopeammin.',
      'På grund av din sjukdom undersöks huvudvärken snabbare än vanligt.',
      'Because of your illness, a headache is checked sooner than usual.',
    ),
    'headache-getting-worse': text(
      'Viikkojen ajan pahentunut päänsärky pitää tutkia.',
      'Huvudvärk som blivit värre under flera veckor ska undersökas.',
      'A headache that has got worse over several weeks needs to be checked.',
    ),
    'headache-severe': text(
      'Kova päänsärky, johon tavallinen lääke ei auta, hoidetaan tänään.',
      'Svår huvudvärk som vanlig medicin inte hjälper mot behandlas i dag.',
      'A severe headache that ordinary medicine does not help is treated today.',
    ),
    'headache-frequent': text(
      'Toistuviin päänsärkyihin on hyvää hoitoa. Liian tiheä särkylääkkeen käyttö voi itse pahentaa päänsärkyä.',
      'Det finns bra behandling för återkommande huvudvärk. Att ta värkmedicin för ofta kan i sig förvärra huvudvärken.',
      'There is good treatment for frequent headaches. Taking painkillers too often can itself make headaches worse.',
    ),
  },
};

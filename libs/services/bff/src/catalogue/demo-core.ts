import { demoCountyName } from '@luotsi/db';
import type { ProviderType } from '@luotsi/services-domain';

/**
 * The hand-written core of the demo catalogue: the services other modules, tests and the demo
 * script refer to (their ids are demoId('ptv-service', key)). The county's, municipalities',
 * NGOs', parishes' and companies' wellbeing services in the demo municipalities; the municipal
 * organisations carry the real municipalities' names, the rest is fictional. Texts are in Finnish
 * and Swedish, many in English; a few exist in one language only, as in PTV. The generator
 * (generator.ts) writes them as PTV JSON with generated channels, and adds the bulk around them.
 */
export type Localized = { fi?: string; sv?: string; en?: string };

export const allMunicipalities = ['049', '235', '257', '755', '149', '710', '078', '444', '927', '224'];
const south = ['235', '257', '755', '149'];
const west = ['710', '078'];
const north = ['444', '927', '224'];

export interface OrganizationSeed {
  key: string;
  providerType: ProviderType;
  name: Localized;
}

export const coreOrganizations: readonly OrganizationSeed[] = [
  { key: 'county', providerType: 'county', name: { ...demoCountyName } },
  { key: 'espoo', providerType: 'municipality', name: { fi: 'Espoon kaupunki', sv: 'Esbo stad', en: 'City of Espoo' } },
  { key: 'kirkkonummi', providerType: 'municipality', name: { fi: 'Kirkkonummen kunta', sv: 'Kyrkslätts kommun', en: 'Municipality of Kirkkonummi' } },
  { key: 'raasepori', providerType: 'municipality', name: { fi: 'Raaseporin kaupunki', sv: 'Raseborgs stad', en: 'Town of Raseborg' } },
  { key: 'lohja', providerType: 'municipality', name: { fi: 'Lohjan kaupunki', sv: 'Lojo stad', en: 'City of Lohja' } },
  { key: 'vihti', providerType: 'municipality', name: { fi: 'Vihdin kunta', sv: 'Vichtis kommun', en: 'Municipality of Vihti' } },
  { key: 'omaishoitajat', providerType: 'ngo', name: { fi: 'Läntisen Uudenmaan Omaishoitajat ry', sv: 'Västnylands närståendevårdare rf' } },
  { key: 'majakka', providerType: 'ngo', name: { fi: 'Mielenterveysyhdistys Majakka ry', sv: 'Föreningen för psykisk hälsa Fyren rf' } },
  { key: 'kohtaamo', providerType: 'ngo', name: { fi: 'Perheiden Kohtaamo ry' } },
  { key: 'familjeknuten', providerType: 'ngo', name: { sv: 'Familjeknuten rf' } },
  { key: 'seniorit', providerType: 'ngo', name: { fi: 'Seniorit Liikkeelle ry', sv: 'Seniorer i rörelse rf' } },
  { key: 'espoo-parish', providerType: 'parish', name: { fi: 'Espoon seurakunnat', sv: 'Esbo församlingar', en: 'Parishes of Espoo' } },
  { key: 'kirkkonummi-parish', providerType: 'parish', name: { fi: 'Kirkkonummen seurakunnat', sv: 'Kyrkslätts församlingar' } },
  { key: 'raasepori-parish', providerType: 'parish', name: { fi: 'Raaseporin seurakunnat', sv: 'Raseborgs församlingar' } },
  { key: 'aalto', providerType: 'company', name: { fi: 'Terapiakeskus Aalto Oy', sv: 'Terapiakeskus Aalto Oy' } },
  { key: 'kastehelmi', providerType: 'company', name: { fi: 'Kotiapu Kastehelmi Oy', sv: 'Kotiapu Kastehelmi Oy' } },
];

export interface ServiceSeed {
  key: string;
  organization: string;
  municipalities: readonly string[];
  /** PTV target groups: KR1 citizens; KR1.1 older people, KR1.2 children and families, KR1.3 youth, KR1.6 disabled. */
  targetGroups: readonly string[];
  lifeEvents?: readonly string[];
  charge: 'free' | 'charged';
  modified: string;
  name: Localized;
  summary: Localized;
}

export const coreServices: readonly ServiceSeed[] = [
  // The county
  {
    key: 'perheneuvola', organization: 'county', municipalities: allMunicipalities, targetGroups: ['KR1.2'], charge: 'free', modified: '2026-10-02',
    name: { fi: 'Perheneuvola', sv: 'Familjerådgivning', en: 'Family counselling' },
    summary: {
      fi: 'Tukea lapsen kehitykseen, vanhemmuuteen ja perheen ristiriitoihin. Voit ottaa yhteyttä ilman lähetettä.',
      sv: 'Stöd i frågor om barnets utveckling, föräldraskap och konflikter i familjen. Du kan ta kontakt utan remiss.',
      en: 'Support with a child’s development, parenting and family conflicts. You can contact us without a referral.',
    },
  },
  {
    key: 'lapsiperheiden-kotipalvelu', organization: 'county', municipalities: allMunicipalities, targetGroups: ['KR1.2'], charge: 'charged', modified: '2026-09-14',
    name: { fi: 'Lapsiperheiden kotipalvelu', sv: 'Hemservice för barnfamiljer', en: 'Home help for families with children' },
    summary: {
      fi: 'Apua lastenhoitoon ja kodin arkeen, kun perheen voimat eivät riitä esimerkiksi sairauden tai synnytyksen jälkeen.',
      sv: 'Hjälp med barnskötsel och vardagen hemma när familjen inte orkar, till exempel vid sjukdom eller efter en förlossning.',
      en: 'Help with childcare and everyday chores when a family cannot cope, for example during illness or after a birth.',
    },
  },
  {
    key: 'mielenterveysvastaanotto', organization: 'county', municipalities: ['049', '235'], targetGroups: ['KR1'], charge: 'free', modified: '2026-11-02',
    name: { fi: 'Mielenterveys- ja päihdevastaanotto ilman ajanvarausta', sv: 'Mottagning för psykisk hälsa och missbruk utan tidsbokning', en: 'Walk-in clinic for mental health and substance use' },
    summary: {
      fi: 'Matalan kynnyksen vastaanotto aikuisille. Tule juttelemaan arkisin klo 9–14, ajanvarausta ei tarvita.',
      sv: 'Lågtröskelmottagning för vuxna. Kom och prata vardagar kl. 9–14, du behöver inte boka tid.',
      en: 'A low-threshold clinic for adults. Come and talk on weekdays 9–14; no appointment needed.',
    },
  },
  {
    key: 'nuorten-matala', organization: 'county', municipalities: allMunicipalities, targetGroups: ['KR1.3'], charge: 'free', modified: '2026-08-20',
    name: { fi: 'Nuorten matalan kynnyksen palvelu', sv: 'Lågtröskeltjänst för unga', en: 'Low-threshold service for young people' },
    summary: {
      fi: 'Keskusteluapua 13–29-vuotiaille mieltä painaviin asioihin. Voit tulla yksin tai kaverin kanssa.',
      sv: 'Samtalsstöd för 13–29-åringar i frågor som tynger. Du kan komma ensam eller med en kompis.',
      en: 'Someone to talk to for 13–29-year-olds about what is on their mind. Come alone or with a friend.',
    },
  },
  {
    key: 'omaishoidon-tuki', organization: 'county', municipalities: allMunicipalities, targetGroups: ['KR1.1', 'KR1.6'], charge: 'free', modified: '2026-06-30',
    name: { fi: 'Omaishoidon tuki', sv: 'Stöd för närståendevård', en: 'Informal care support' },
    summary: {
      fi: 'Hoitopalkkio, vapaapäivät ja palvelut omaishoitajalle, joka hoitaa läheistään kotona.',
      sv: 'Vårdarvode, lediga dagar och tjänster för en närståendevårdare som vårdar en anhörig hemma.',
      en: 'A care fee, days off and services for a carer looking after someone close at home.',
    },
  },
  {
    key: 'neuvola', organization: 'county', municipalities: allMunicipalities, targetGroups: ['KR1.2'], lifeEvents: ['KE1'], charge: 'free', modified: '2026-10-15',
    name: { fi: 'Äitiys- ja lastenneuvola', sv: 'Mödra- och barnrådgivning', en: 'Maternity and child health clinic' },
    summary: {
      fi: 'Raskauden seurantaa ja lapsen kasvun tukea alle kouluikäisten perheille. Käynnit ovat maksuttomia.',
      sv: 'Uppföljning av graviditeten och stöd för barnets uppväxt för familjer med barn under skolåldern. Besöken är avgiftsfria.',
      en: 'Pregnancy check-ups and support for the growth of children under school age. Visits are free.',
    },
  },
  {
    key: 'asiakasneuvonta', organization: 'county', municipalities: allMunicipalities, targetGroups: ['KR1'], charge: 'free', modified: '2026-11-10',
    name: { fi: 'Sosiaalihuollon asiakasneuvonta', sv: 'Socialvårdens klientrådgivning', en: 'Social-services advice' },
    summary: {
      fi: 'Neuvontaa sosiaalipalveluista ja ajanvaraus oikeaan palveluun. Palvelemme puhelimitse arkisin.',
      sv: 'Rådgivning om socialtjänster och tidsbokning till rätt tjänst. Vi betjänar per telefon på vardagar.',
      en: 'Advice on social services and bookings in the right service. We answer the phone on weekdays.',
    },
  },
  {
    key: 'vammaispalvelut', organization: 'county', municipalities: allMunicipalities, targetGroups: ['KR1.6'], charge: 'free', modified: '2026-07-01',
    name: { fi: 'Vammaispalvelujen neuvonta', sv: 'Rådgivning inom funktionshinderservice' },
    summary: {
      fi: 'Tietoa kuljetuspalvelusta, henkilökohtaisesta avusta ja asunnon muutostöistä vammaiselle henkilölle.',
      sv: 'Information om färdtjänst, personlig assistans och ändringsarbeten i bostaden för personer med funktionsnedsättning.',
    },
  },
  {
    key: 'seniorineuvonta', organization: 'county', municipalities: allMunicipalities, targetGroups: ['KR1.1'], charge: 'free', modified: '2026-09-01',
    name: { fi: 'Seniorineuvonta', sv: 'Seniorrådgivning', en: 'Advice for older people' },
    summary: {
      fi: 'Neuvoja ikääntyneille ja heidän läheisilleen arjen sujumiseen, kotihoitoon ja asumiseen.',
      sv: 'Råd för äldre och deras närstående om vardagen, hemvård och boende.',
      en: 'Advice for older people and their families on daily life, home care and housing.',
    },
  },
  // Municipalities
  {
    key: 'espoo-nuorisotalot', organization: 'espoo', municipalities: ['049'], targetGroups: ['KR1.3'], charge: 'free', modified: '2026-08-25',
    name: { fi: 'Nuorisotalot', sv: 'Ungdomsgårdar', en: 'Youth centres' },
    summary: {
      fi: 'Avointa toimintaa, harrastuksia ja turvallisia aikuisia 10–17-vuotiaille iltaisin ja viikonloppuisin.',
      sv: 'Öppen verksamhet, hobbyer och trygga vuxna för 10–17-åringar på kvällar och veckoslut.',
      en: 'Open activities, hobbies and safe adults for 10–17-year-olds in the evenings and at weekends.',
    },
  },
  {
    key: 'espoo-etsiva', organization: 'espoo', municipalities: ['049'], targetGroups: ['KR1.3'], charge: 'free', modified: '2026-05-18',
    name: { fi: 'Etsivä nuorisotyö', sv: 'Uppsökande ungdomsarbete', en: 'Outreach youth work' },
    summary: {
      fi: 'Tukea alle 29-vuotiaalle, joka on koulun tai työn ulkopuolella. Nuorisotyöntekijä auttaa löytämään oman polun.',
      sv: 'Stöd för dig under 29 år som står utanför skola eller arbete. En ungdomsarbetare hjälper dig att hitta din väg.',
      en: 'Support for under-29s who are not in school or work. A youth worker helps you find your way.',
    },
  },
  {
    key: 'espoo-senioriliikunta', organization: 'espoo', municipalities: ['049'], targetGroups: ['KR1.1'], charge: 'charged', modified: '2026-09-05',
    name: { fi: 'Senioreiden liikuntaryhmät', sv: 'Motionsgrupper för seniorer', en: 'Exercise groups for older people' },
    summary: {
      fi: 'Ohjattua kuntosali-, vesi- ja tuolijumppaa yli 65-vuotiaille. Ryhmät kokoontuvat kerran viikossa.',
      sv: 'Ledd gym-, vatten- och stolgymnastik för personer över 65 år. Grupperna träffas en gång i veckan.',
      en: 'Guided gym, water and chair exercise for over-65s. The groups meet once a week.',
    },
  },
  {
    key: 'kirkkonummi-nuorisotila', organization: 'kirkkonummi', municipalities: ['257'], targetGroups: ['KR1.3'], charge: 'free', modified: '2026-08-11',
    name: { fi: 'Nuorisotilat', sv: 'Ungdomslokaler' },
    summary: {
      fi: 'Kirkkonummen nuorisotiloissa voi pelata, kokata ja jutella nuorisotyöntekijän kanssa.',
      sv: 'I Kyrkslätts ungdomslokaler kan du spela, laga mat och prata med en ungdomsarbetare.',
    },
  },
  {
    key: 'raasepori-ungdom', organization: 'raasepori', municipalities: ['710'], targetGroups: ['KR1.3'], charge: 'free', modified: '2026-08-12',
    name: { fi: 'Nuorisopalvelut', sv: 'Ungdomstjänster', en: 'Youth services' },
    summary: {
      fi: 'Nuorisotilat Tammisaaressa, Karjaalla ja Pohjassa sekä kesätyöseteli 15–17-vuotiaille.',
      sv: 'Ungdomslokaler i Ekenäs, Karis och Pojo samt sommarjobbssedel för 15–17-åringar.',
      en: 'Youth centres in Ekenäs, Karis and Pojo, and a summer job voucher for 15–17-year-olds.',
    },
  },
  {
    key: 'lohja-liikuntaneuvonta', organization: 'lohja', municipalities: ['444'], targetGroups: ['KR1'], charge: 'free', modified: '2026-04-22',
    name: { fi: 'Liikuntaneuvonta', sv: 'Motionsrådgivning', en: 'Exercise advice' },
    summary: {
      fi: 'Liikuntaneuvoja auttaa löytämään sopivan tavan liikkua, kun haluat aloittaa tai palata liikunnan pariin.',
      sv: 'En motionsrådgivare hjälper dig att hitta ett lämpligt sätt att röra på dig när du vill börja eller komma igång igen.',
      en: 'An exercise adviser helps you find a suitable way to get moving when you want to start or return to exercise.',
    },
  },
  {
    key: 'vihti-kuntosalivuorot', organization: 'vihti', municipalities: ['927'], targetGroups: ['KR1.1'], charge: 'charged', modified: '2026-03-30',
    name: { fi: 'Senioreiden kuntosalivuorot', sv: 'Gymturer för seniorer' },
    summary: {
      fi: 'Edullisia kuntosalivuoroja yli 65-vuotiaille Nummelan liikuntahallissa. Ohjaaja paikalla tiistaisin.',
      sv: 'Förmånliga gymturer för personer över 65 år i Nummela idrottshall. Handledare på plats på tisdagar.',
    },
  },
  // NGOs
  {
    key: 'omaishoitajien-vertaisryhma', organization: 'omaishoitajat', municipalities: ['049', '257', '235'], targetGroups: ['KR1', 'KR1.1'], charge: 'free', modified: '2026-10-20',
    name: { fi: 'Omaishoitajien vertaisryhmä', sv: 'Kamratstödsgrupp för närståendevårdare', en: 'Peer support group for informal carers' },
    summary: {
      fi: 'Omaishoitajat tapaavat kerran kuukaudessa. Jaetaan kokemuksia ja saadaan voimia arkeen.',
      sv: 'Närståendevårdare träffas en gång i månaden. Vi delar erfarenheter och får kraft för vardagen.',
      en: 'Informal carers meet once a month to share experiences and find strength for everyday life.',
    },
  },
  {
    key: 'omaishoitajien-virkistys', organization: 'omaishoitajat', municipalities: north, targetGroups: ['KR1'], charge: 'charged', modified: '2026-09-09',
    name: { fi: 'Omaishoitajien virkistyspäivät' },
    summary: { fi: 'Retkiä ja virkistyspäiviä omaishoitajille. Hoidettavalle järjestetään tarvittaessa sijaishoito.' },
  },
  {
    key: 'majakka-kohtaamispaikka', organization: 'majakka', municipalities: ['049', '235'], targetGroups: ['KR1'], charge: 'free', modified: '2026-10-28',
    name: { fi: 'Kohtaamispaikka Majakka', sv: 'Mötesplatsen Fyren', en: 'Majakka drop-in centre' },
    summary: {
      fi: 'Avoin olohuone mielenterveyskuntoutujille ja kaikille, jotka kaipaavat seuraa. Kahvi ja lounas edullisesti.',
      sv: 'Ett öppet vardagsrum för rehabiliteringsklienter inom mentalvården och alla som vill ha sällskap. Billigt kaffe och lunch.',
      en: 'An open living room for people recovering from mental illness and anyone who wants company. Cheap coffee and lunch.',
    },
  },
  {
    key: 'majakka-masennusryhma', organization: 'majakka', municipalities: ['049'], targetGroups: ['KR1'], charge: 'free', modified: '2026-09-17',
    name: { fi: 'Vertaistukiryhmä masennuksesta toipuville' },
    summary: { fi: 'Suljettu kymmenen kerran ryhmä, jota vetää koulutettu vertaisohjaaja. Ilmoittaudu etukäteen.' },
  },
  {
    key: 'kohtaamo-perhekahvila', organization: 'kohtaamo', municipalities: ['444', '927'], targetGroups: ['KR1.2'], charge: 'free', modified: '2026-10-05',
    name: { fi: 'Perhekahvila' },
    summary: { fi: 'Avoin kohtaamispaikka vanhemmille ja pienille lapsille. Tule leikkimään ja juttelemaan, ei ilmoittautumista.' },
  },
  {
    key: 'kohtaamo-vauvaryhma', organization: 'kohtaamo', municipalities: ['927'], targetGroups: ['KR1.2'], lifeEvents: ['KE1'], charge: 'free', modified: '2026-10-06',
    name: { fi: 'Vauvaperheiden vertaisryhmä' },
    summary: { fi: 'Alle 1-vuotiaiden vauvojen vanhemmille. Jutellaan unesta, imetyksestä ja jaksamisesta.' },
  },
  {
    key: 'familjeknuten-familjecafe', organization: 'familjeknuten', municipalities: west, targetGroups: ['KR1.2'], charge: 'free', modified: '2026-09-22',
    name: { sv: 'Familjecafé' },
    summary: { sv: 'En öppen mötesplats för föräldrar och småbarn i Ekenäs och Hangö. Kom när det passar dig.' },
  },
  {
    key: 'familjeknuten-pappagrupp', organization: 'familjeknuten', municipalities: ['710'], targetGroups: ['KR1.2'], charge: 'free', modified: '2026-09-23',
    name: { sv: 'Pappagrupp', fi: 'Isäryhmä' },
    summary: { sv: 'Pappor och deras barn träffas på lördagsförmiddagar för lek, utflykter och samtal.', fi: 'Isät ja lapset tapaavat lauantaiaamupäivisin leikin, retkien ja keskustelun merkeissä.' },
  },
  {
    key: 'seniorit-ulkoiluystava', organization: 'seniorit', municipalities: ['049', ...south], targetGroups: ['KR1.1'], charge: 'free', modified: '2026-07-14',
    name: { fi: 'Ulkoiluystävä', sv: 'Friluftsvän', en: 'Outdoor buddy' },
    summary: {
      fi: 'Vapaaehtoinen ulkoiluystävä lähtee kanssasi kävelylle kerran viikossa. Palvelu on maksuton.',
      sv: 'En frivillig friluftsvän går på promenad med dig en gång i veckan. Tjänsten är avgiftsfri.',
      en: 'A volunteer goes for a walk with you once a week. The service is free.',
    },
  },
  // Parishes
  {
    key: 'espoo-perhekerho', organization: 'espoo-parish', municipalities: ['049', '235'], targetGroups: ['KR1.2'], charge: 'free', modified: '2026-08-30',
    name: { fi: 'Perhekerho', sv: 'Familjeklubb', en: 'Family club' },
    summary: {
      fi: 'Vanhemmat ja alle kouluikäiset lapset leikkivät, laulavat ja syövät välipalaa yhdessä. Tule mukaan ilman ilmoittautumista.',
      sv: 'Föräldrar och barn under skolåldern leker, sjunger och äter mellanmål tillsammans. Kom med utan anmälan.',
      en: 'Parents and children under school age play, sing and have a snack together. Join without registering.',
    },
  },
  {
    key: 'espoo-diakonia', organization: 'espoo-parish', municipalities: ['049'], targetGroups: ['KR1'], charge: 'free', modified: '2026-10-01',
    name: { fi: 'Diakoniatyön vastaanotto', sv: 'Diakonimottagning', en: 'Diaconal work drop-in' },
    summary: {
      fi: 'Keskusteluapua ja tukea elämän kriiseissä ja taloudellisissa vaikeuksissa. Seurakunnan jäsenyyttä ei tarvita.',
      sv: 'Samtalsstöd och hjälp i livskriser och ekonomiska svårigheter. Du behöver inte vara medlem i församlingen.',
      en: 'Someone to talk to and support in a crisis or with money problems. You do not have to be a church member.',
    },
  },
  {
    key: 'kirkkonummi-perhekerho', organization: 'kirkkonummi-parish', municipalities: ['257'], targetGroups: ['KR1.2'], charge: 'free', modified: '2026-08-29',
    name: { fi: 'Perhekerho', sv: 'Familjeklubb' },
    summary: {
      fi: 'Perhekerho kokoontuu seurakuntakeskuksessa tiistai- ja torstaiaamuisin. Mukaan voi tulla koko perhe.',
      sv: 'Familjeklubben träffas i församlingscentret på tisdags- och torsdagsförmiddagar. Hela familjen är välkommen.',
    },
  },
  {
    key: 'kirkkonummi-sururyhma', organization: 'kirkkonummi-parish', municipalities: ['257', '755', '149'], targetGroups: ['KR1'], charge: 'free', modified: '2026-09-12',
    name: { fi: 'Sururyhmä', sv: 'Sorggrupp', en: 'Grief support group' },
    summary: {
      fi: 'Läheisensä menettäneille. Ryhmä kokoontuu kuusi kertaa, ja sitä ohjaavat diakoni ja pappi.',
      sv: 'För dig som har förlorat en närstående. Gruppen träffas sex gånger och leds av en diakon och en präst.',
      en: 'For people who have lost someone close. The group meets six times, led by a deacon and a priest.',
    },
  },
  {
    key: 'raasepori-familjeklubb', organization: 'raasepori-parish', municipalities: west, targetGroups: ['KR1.2'], charge: 'free', modified: '2026-08-28',
    name: { sv: 'Familjeklubb', fi: 'Perhekerho' },
    summary: {
      sv: 'Familjeklubb på svenska och finska i Ekenäs, Karis och Hangö. Vi sjunger, leker och pysslar.',
      fi: 'Perhekerho suomeksi ja ruotsiksi Tammisaaressa, Karjaalla ja Hangossa. Laulamme, leikimme ja askartelemme.',
    },
  },
  // Companies
  {
    key: 'aalto-pariterapia', organization: 'aalto', municipalities: ['049', '235'], targetGroups: ['KR1'], charge: 'charged', modified: '2026-06-10',
    name: { fi: 'Pariterapia', sv: 'Parterapi', en: 'Couples therapy' },
    summary: {
      fi: 'Pariterapeutin vastaanotto pariskunnille, joiden suhteessa on ristiriitoja tai kriisi. Maksullinen palvelu.',
      sv: 'Mottagning hos en parterapeut för par med konflikter eller en kris i relationen. Avgiftsbelagd tjänst.',
      en: 'Sessions with a couples therapist for couples in conflict or crisis. A paid service.',
    },
  },
  {
    key: 'kastehelmi-siivous', organization: 'kastehelmi', municipalities: north, targetGroups: ['KR1.1'], charge: 'charged', modified: '2026-05-05',
    name: { fi: 'Kotisiivous palvelusetelillä', sv: 'Hemstädning med servicesedel' },
    summary: {
      fi: 'Kotisiivousta ikääntyneille ja vammaisille hyvinvointialueen palvelusetelillä tai omalla kustannuksella.',
      sv: 'Hemstädning för äldre och personer med funktionsnedsättning med välfärdsområdets servicesedel eller på egen bekostnad.',
    },
  },
  // Last, so the channels generated for the services above stay as they were. The service
  // tray's search acceptance looks for it in both languages (perhekeskukset, familjecenter).
  {
    key: 'perhekeskus', organization: 'county', municipalities: ['049', '235'], targetGroups: ['KR1.2'], charge: 'free', modified: '2026-11-02',
    name: { fi: 'Perhekeskus', sv: 'Familjecenter', en: 'Family centre' },
    summary: {
      fi: 'Lapsiperheiden palvelut samasta paikasta: neuvola, perhetyö, kasvatus- ja perheneuvonta sekä vertaistuki.',
      sv: 'Tjänster för barnfamiljer på samma ställe: rådgivning, familjearbete, uppfostrings- och familjerådgivning samt kamratstöd.',
      en: 'Services for families with children in one place: child health clinic, family work, family counselling and peer support.',
    },
  },
];

/**
 * Service topics of the demo catalogue generator: what the county, the municipalities, NGOs,
 * parishes and companies offer, in Finnish, Swedish and English. Codes follow PTV's
 * classifications (KR target groups, P service classes, KE life events); the service-class and
 * life-event names are the demo's own wording.
 */
export type Provider = 'county' | 'municipality' | 'ngo' | 'parish' | 'company';
export type HoursProfile = 'office' | 'clinic' | 'youth' | 'group' | 'cafe' | 'always' | 'none';
export type ChannelKind = 'location' | 'phone' | 'web-page' | 'e-service' | 'printable-form';
type T3 = { fi: string; sv: string; en: string };

export interface Topic {
  key: string;
  providers: readonly Provider[];
  /** 'district': one per district (a place), 'municipality': one per municipality. */
  scope: 'district' | 'municipality';
  /** Weekly groups: one service per weekday group ("Perhekerho – Tapiola, tiistai"). */
  weekdayGroups?: boolean;
  name: T3;
  summary: T3;
  description: T3;
  targetGroups: readonly string[];
  serviceClasses: readonly string[];
  lifeEvents?: readonly string[];
  charge: 'Free' | 'Charged';
  hours: HoursProfile;
  channels: readonly ChannelKind[];
}

const t = (fi: string, sv: string, en: string): T3 => ({ fi, sv, en });

export const topics: readonly Topic[] = [
  {
    key: 'health-centre', providers: ['county'], scope: 'district', hours: 'clinic', channels: ['location', 'phone', 'e-service'],
    name: t('Terveysasema', 'Hälsostation', 'Health centre'),
    summary: t('Lääkärin ja hoitajan vastaanotto arkisin. Ota yhteyttä ensin puhelimitse tai chatissa.', 'Läkar- och skötarmottagning på vardagar. Ta först kontakt per telefon eller i chatten.', 'Doctor and nurse appointments on weekdays. Contact us first by phone or chat.'),
    description: t('Terveysasemalla hoidetaan äkilliset ja pitkäaikaiset sairaudet. Kiireetöntä hoitoa saat kolmen kuukauden kuluessa.', 'På hälsostationen sköts akuta och långvariga sjukdomar. Icke-brådskande vård får du inom tre månader.', 'The health centre treats sudden and long-term illnesses. Non-urgent care is given within three months.'),
    targetGroups: ['KR1'], serviceClasses: ['P3.1'], charge: 'Charged',
  },
  {
    key: 'child-health-clinic', providers: ['county'], scope: 'district', hours: 'clinic', channels: ['location', 'phone'],
    name: t('Lastenneuvola', 'Barnrådgivning', 'Child health clinic'),
    summary: t('Alle kouluikäisen lapsen kasvun ja kehityksen seurantaa sekä tukea vanhemmille.', 'Uppföljning av barnets tillväxt och utveckling före skolåldern samt stöd för föräldrarna.', 'Follow-up of growth and development for children under school age, and support for parents.'),
    description: t('Neuvolakäynnit ovat maksuttomia. Terveydenhoitaja soittaa perheelle vauvan synnyttyä.', 'Besöken på rådgivningen är avgiftsfria. Hälsovårdaren ringer familjen efter att barnet är fött.', 'Clinic visits are free. The public health nurse calls the family after the baby is born.'),
    targetGroups: ['KR1.2'], serviceClasses: ['P3.4'], lifeEvents: ['KE1'], charge: 'Free',
  },
  {
    key: 'maternity-clinic', providers: ['county'], scope: 'district', hours: 'clinic', channels: ['location', 'phone', 'e-service'],
    name: t('Äitiysneuvola', 'Mödrarådgivning', 'Maternity clinic'),
    summary: t('Raskauden seurantaa ja valmennusta synnytykseen ja vauva-arkeen.', 'Uppföljning av graviditeten och förberedelse för förlossningen och vardagen med baby.', 'Pregnancy check-ups and preparation for birth and life with a baby.'),
    description: t('Varaa ensimmäinen käynti, kun raskaus on alkanut. Myös puoliso on tervetullut.', 'Boka det första besöket när graviditeten har börjat. Också partnern är välkommen.', 'Book your first visit once you know you are pregnant. Partners are welcome too.'),
    targetGroups: ['KR1.2'], serviceClasses: ['P3.4'], lifeEvents: ['KE1'], charge: 'Free',
  },
  {
    // Family centres (perhekeskus / familjecenter) gather the services for families with children.
    key: 'family-centre', providers: ['county'], scope: 'district', hours: 'office', channels: ['location', 'phone', 'web-page'],
    name: t('Perhekeskus', 'Familjecenter', 'Family centre'),
    summary: t('Lapsiperheiden palvelut samasta paikasta: neuvola, perhetyö ja vertaistuki.', 'Tjänster för barnfamiljer på samma ställe: rådgivning, familjearbete och kamratstöd.', 'Services for families with children in one place: clinics, family work and peer support.'),
    description: t('Perhekeskuksessa saat neuvoja lapsen kasvuun ja arjen haasteisiin. Voit tulla ilman ajanvarausta avoimiin ryhmiin.', 'På familjecentret får du råd om barnets uppväxt och vardagens utmaningar. Du kan komma till de öppna grupperna utan tidsbokning.', 'At the family centre you get advice on your child’s growth and everyday challenges. Open groups need no appointment.'),
    targetGroups: ['KR1.2'], serviceClasses: ['P3.4'], charge: 'Free',
  },
  {
    key: 'school-health', providers: ['county'], scope: 'district', hours: 'clinic', channels: ['location', 'phone'],
    name: t('Kouluterveydenhuolto', 'Skolhälsovård', 'School health care'),
    summary: t('Koululaisten terveystarkastukset ja terveydenhoitajan vastaanotto koululla.', 'Hälsogranskningar för skolelever och hälsovårdarens mottagning i skolan.', 'Health checks for pupils and the school nurse’s drop-in at school.'),
    description: t('Terveydenhoitaja tapaa jokaisen oppilaan vuosittain. Voit tulla myös ilman ajanvarausta.', 'Hälsovårdaren träffar varje elev en gång per år. Du kan också komma utan tidsbokning.', 'The school nurse meets every pupil once a year. You can also drop in without an appointment.'),
    targetGroups: ['KR1.2', 'KR1.3'], serviceClasses: ['P3.4'], charge: 'Free',
  },
  {
    key: 'dental-clinic', providers: ['county'], scope: 'district', hours: 'office', channels: ['location', 'phone'],
    name: t('Hammashoitola', 'Tandklinik', 'Dental clinic'),
    summary: t('Suun terveydenhoito lapsille ja aikuisille. Särkypäivystys arkiaamuisin.', 'Munhälsovård för barn och vuxna. Akut tandvärk vardagsmorgnar.', 'Oral health care for children and adults. Emergency toothache care on weekday mornings.'),
    description: t('Varaa aika puhelimitse. Alle 18-vuotiaiden hoito on maksutonta.', 'Boka tid per telefon. Vården är avgiftsfri för personer under 18 år.', 'Book by phone. Care for under-18s is free.'),
    targetGroups: ['KR1'], serviceClasses: ['P3.3'], charge: 'Charged',
  },
  {
    key: 'home-care', providers: ['county'], scope: 'municipality', hours: 'office', channels: ['phone', 'printable-form'],
    name: t('Kotihoito', 'Hemvård', 'Home care'),
    summary: t('Apua kotona asumiseen, kun arki ei enää suju omin voimin.', 'Hjälp att bo hemma när vardagen inte längre går av egen kraft.', 'Help to keep living at home when everyday life no longer works on your own.'),
    description: t('Kotihoidon tarve arvioidaan kotikäynnillä. Palvelusta peritään tuloihin perustuva maksu.', 'Behovet av hemvård bedöms vid ett hembesök. För tjänsten uppbärs en inkomstbaserad avgift.', 'The need for home care is assessed on a home visit. The fee depends on income.'),
    targetGroups: ['KR1.1'], serviceClasses: ['P4.1'], charge: 'Charged',
  },
  {
    key: 'social-work', providers: ['county'], scope: 'municipality', hours: 'office', channels: ['location', 'phone', 'e-service'],
    name: t('Aikuissosiaalityö', 'Socialt arbete för vuxna', 'Social work for adults'),
    summary: t('Tukea elämäntilanteen muutoksiin, asumiseen ja toimeentuloon.', 'Stöd vid förändringar i livet, boende och försörjning.', 'Support with changes in life, housing and making ends meet.'),
    description: t('Sosiaalityöntekijä selvittää kanssasi tilanteesi ja sopii tarvittavista palveluista.', 'Socialarbetaren reder ut din situation tillsammans med dig och kommer överens om behövliga tjänster.', 'A social worker goes through your situation with you and arranges the services you need.'),
    targetGroups: ['KR1'], serviceClasses: ['P4.3'], charge: 'Free',
  },
  {
    key: 'family-social-work', providers: ['county'], scope: 'municipality', hours: 'office', channels: ['phone', 'e-service'],
    name: t('Lapsiperheiden sosiaalityö', 'Socialt arbete för barnfamiljer', 'Social work for families with children'),
    summary: t('Tukea perheille, joissa lapsen hyvinvointi on huolena.', 'Stöd för familjer där man är oroad för barnets välmående.', 'Support for families worried about a child’s wellbeing.'),
    description: t('Voit pyytää palvelutarpeen arviointia itse. Myös ammattilainen voi tehdä ilmoituksen.', 'Du kan själv be om en bedömning av servicebehovet. Också en yrkesperson kan göra en anmälan.', 'You can ask for an assessment yourself. A professional can also make a referral.'),
    targetGroups: ['KR1.2'], serviceClasses: ['P4.2'], charge: 'Free',
  },
  {
    key: 'mental-health-clinic', providers: ['county'], scope: 'district', hours: 'clinic', channels: ['location', 'phone'],
    name: t('Mielenterveyspalvelut', 'Mentalvårdstjänster', 'Mental health services'),
    summary: t('Apua ahdistukseen, masennukseen ja elämän kriiseihin. Ota yhteyttä ensin puhelimitse.', 'Hjälp vid ångest, depression och livskriser. Ta först kontakt per telefon.', 'Help with anxiety, depression and crises. Contact us by phone first.'),
    description: t('Hoidon tarve arvioidaan puhelimessa. Hoito voi olla lyhytterapiaa, ryhmiä tai verkkoterapiaa.', 'Vårdbehovet bedöms per telefon. Vården kan vara korttidsterapi, grupper eller nätterapi.', 'Your need for care is assessed by phone. Care may be short therapy, groups or online therapy.'),
    targetGroups: ['KR1'], serviceClasses: ['P3.2'], charge: 'Free',
  },
  {
    key: 'crisis-line', providers: ['county'], scope: 'municipality', hours: 'always', channels: ['phone'],
    name: t('Kriisipuhelin', 'Kristelefon', 'Crisis helpline'),
    summary: t('Keskusteluapua ympäri vuorokauden, kun elämässä on tapahtunut jotain järkyttävää.', 'Samtalsstöd dygnet runt när något omskakande har hänt.', 'Someone to talk to round the clock when something shocking has happened.'),
    description: t('Soita nimettömänä. Hätätilanteessa soita 112.', 'Ring anonymt. I nödsituationer ring 112.', 'Call anonymously. In an emergency call 112.'),
    targetGroups: ['KR1'], serviceClasses: ['P3.2'], charge: 'Free',
  },
  {
    key: 'disability-services', providers: ['county'], scope: 'municipality', hours: 'office', channels: ['phone', 'printable-form', 'e-service'],
    name: t('Vammaispalvelut', 'Funktionshinderservice', 'Disability services'),
    summary: t('Kuljetuspalvelu, henkilökohtainen apu ja asunnon muutostyöt.', 'Färdtjänst, personlig assistans och ändringsarbeten i bostaden.', 'Transport service, personal assistance and home adaptations.'),
    description: t('Hae palveluja lomakkeella tai sähköisesti. Sosiaalityöntekijä ottaa yhteyttä.', 'Ansök om tjänster med blankett eller elektroniskt. Socialarbetaren tar kontakt.', 'Apply with a form or online. A social worker will contact you.'),
    targetGroups: ['KR1.6'], serviceClasses: ['P4.4'], charge: 'Free',
  },
  {
    key: 'informal-care', providers: ['county'], scope: 'municipality', hours: 'office', channels: ['phone', 'printable-form'],
    name: t('Omaishoidon tuen hakeminen', 'Ansökan om stöd för närståendevård', 'Applying for informal care support'),
    summary: t('Hoitopalkkio ja vapaapäivät omaishoitajalle. Hae tukea lomakkeella.', 'Vårdarvode och lediga dagar för närståendevårdare. Ansök med blankett.', 'A care fee and days off for carers. Apply with a form.'),
    description: t('Tuki perustuu sopimukseen. Hoidon sitovuus arvioidaan kotikäynnillä.', 'Stödet grundar sig på ett avtal. Vårdens bindande karaktär bedöms vid ett hembesök.', 'Support is based on an agreement. How binding the care is gets assessed on a home visit.'),
    targetGroups: ['KR1.1', 'KR1.6'], serviceClasses: ['P4.1'], charge: 'Free',
  },
  {
    key: 'youth-centre', providers: ['municipality'], scope: 'district', hours: 'youth', channels: ['location', 'web-page'],
    name: t('Nuorisotila', 'Ungdomsgård', 'Youth centre'),
    summary: t('Avointa toimintaa, pelejä ja turvallisia aikuisia 10–17-vuotiaille.', 'Öppen verksamhet, spel och trygga vuxna för 10–17-åringar.', 'Open activities, games and safe adults for 10–17-year-olds.'),
    description: t('Tule sellaisena kuin olet. Perjantaisin tila on auki myöhään.', 'Kom som du är. På fredagar är gården öppen sent.', 'Come as you are. On Fridays we stay open late.'),
    targetGroups: ['KR1.3'], serviceClasses: ['P6.1'], charge: 'Free',
  },
  {
    key: 'library', providers: ['municipality'], scope: 'district', hours: 'office', channels: ['location', 'web-page'],
    name: t('Kirjasto', 'Bibliotek', 'Library'),
    summary: t('Lainaa kirjoja, käytä tietokonetta ja osallistu tapahtumiin.', 'Låna böcker, använd datorer och delta i evenemang.', 'Borrow books, use computers and join events.'),
    description: t('Kirjastossa saat myös digitukea ja voit varata ryhmätilan.', 'På biblioteket får du också digistöd och kan boka ett grupprum.', 'The library also offers digital help and group rooms to book.'),
    targetGroups: ['KR1'], serviceClasses: ['P6.2'], charge: 'Free',
  },
  {
    key: 'senior-exercise', providers: ['municipality', 'company'], scope: 'district', weekdayGroups: true, hours: 'group', channels: ['location'],
    name: t('Senioriliikuntaryhmä', 'Motionsgrupp för seniorer', 'Exercise group for older people'),
    summary: t('Ohjattua kuntosali- ja tasapainoharjoittelua yli 65-vuotiaille.', 'Ledd gym- och balansträning för personer över 65 år.', 'Guided gym and balance training for over-65s.'),
    description: t('Ryhmä kokoontuu kerran viikossa. Ilmoittaudu ohjaajalle.', 'Gruppen träffas en gång i veckan. Anmäl dig till ledaren.', 'The group meets once a week. Sign up with the instructor.'),
    targetGroups: ['KR1.1'], serviceClasses: ['P6.3'], charge: 'Charged',
  },
  {
    key: 'exercise-advice', providers: ['municipality'], scope: 'municipality', hours: 'office', channels: ['phone', 'e-service'],
    name: t('Liikuntaneuvonta', 'Motionsrådgivning', 'Exercise advice'),
    summary: t('Henkilökohtaista neuvontaa liikunnan aloittamiseen.', 'Personlig rådgivning för att komma igång med motion.', 'Personal advice on getting started with exercise.'),
    description: t('Liikuntaneuvoja tekee kanssasi suunnitelman. Käynnit ovat maksuttomia.', 'Motionsrådgivaren gör upp en plan med dig. Besöken är avgiftsfria.', 'An adviser makes a plan with you. Visits are free.'),
    targetGroups: ['KR1'], serviceClasses: ['P6.3'], charge: 'Free',
  },
  {
    key: 'early-education', providers: ['municipality'], scope: 'district', hours: 'office', channels: ['location', 'e-service', 'printable-form'],
    name: t('Varhaiskasvatus', 'Småbarnspedagogik', 'Early childhood education'),
    summary: t('Päiväkoti- ja perhepäivähoito. Hae paikkaa neljä kuukautta ennen tarvetta.', 'Daghem och familjedagvård. Ansök om plats fyra månader innan behovet.', 'Day care centres and family day care. Apply four months in advance.'),
    description: t('Hae paikkaa sähköisesti. Asiakasmaksu määräytyy perheen tulojen mukaan.', 'Ansök om plats elektroniskt. Klientavgiften bestäms enligt familjens inkomster.', 'Apply online. The fee depends on the family’s income.'),
    targetGroups: ['KR1.2'], serviceClasses: ['P5.1'], lifeEvents: ['KE1'], charge: 'Charged',
  },
  {
    key: 'family-club', providers: ['parish', 'ngo'], scope: 'district', weekdayGroups: true, hours: 'group', channels: ['location'],
    name: t('Perhekerho', 'Familjeklubb', 'Family club'),
    summary: t('Vanhemmat ja pienet lapset leikkivät, laulavat ja syövät välipalaa yhdessä.', 'Föräldrar och små barn leker, sjunger och äter mellanmål tillsammans.', 'Parents and little ones play, sing and have a snack together.'),
    description: t('Tule mukaan ilman ilmoittautumista. Kerho on maksuton.', 'Kom med utan anmälan. Klubben är avgiftsfri.', 'Join without registering. The club is free.'),
    targetGroups: ['KR1.2'], serviceClasses: ['P4.2'], charge: 'Free',
  },
  {
    key: 'diaconal-work', providers: ['parish'], scope: 'district', hours: 'office', channels: ['location', 'phone'],
    name: t('Diakoniatyön vastaanotto', 'Diakonimottagning', 'Diaconal work drop-in'),
    summary: t('Keskusteluapua ja tukea taloudellisissa vaikeuksissa. Jäsenyyttä ei tarvita.', 'Samtalsstöd och hjälp vid ekonomiska svårigheter. Medlemskap behövs inte.', 'Someone to talk to and help with money problems. No membership needed.'),
    description: t('Diakoniatyöntekijä tapaa vastaanotolla ja tarvittaessa kotona.', 'Diakoniarbetaren träffar dig på mottagningen och vid behov hemma.', 'A deacon meets you at the drop-in and at home if needed.'),
    targetGroups: ['KR1'], serviceClasses: ['P4.3'], charge: 'Free',
  },
  {
    key: 'grief-group', providers: ['parish'], scope: 'municipality', hours: 'group', weekdayGroups: true, channels: ['location', 'phone'],
    name: t('Sururyhmä', 'Sorggrupp', 'Grief support group'),
    summary: t('Läheisensä menettäneille. Ryhmä kokoontuu kuusi kertaa.', 'För dig som förlorat en närstående. Gruppen träffas sex gånger.', 'For people who have lost someone close. The group meets six times.'),
    description: t('Ryhmää ohjaavat diakoni ja pappi. Ilmoittaudu puhelimitse.', 'Gruppen leds av en diakon och en präst. Anmäl dig per telefon.', 'Led by a deacon and a priest. Sign up by phone.'),
    targetGroups: ['KR1'], serviceClasses: ['P4.3'], charge: 'Free',
  },
  {
    key: 'confirmation-camp', providers: ['parish'], scope: 'municipality', hours: 'none', channels: ['web-page', 'e-service'],
    name: t('Rippikoulu', 'Skriftskola', 'Confirmation school'),
    summary: t('Rippikoulu 15-vuotiaille leireineen. Ilmoittautuminen alkaa syksyllä.', 'Skriftskola för 15-åringar med läger. Anmälan börjar på hösten.', 'Confirmation school with camps for 15-year-olds. Sign-up opens in the autumn.'),
    description: t('Valitse sinulle sopiva leiri verkossa.', 'Välj ett läger som passar dig på nätet.', 'Choose a camp that suits you online.'),
    targetGroups: ['KR1.3'], serviceClasses: ['P6.1'], charge: 'Charged',
  },
  {
    key: 'senior-club', providers: ['parish', 'ngo'], scope: 'district', weekdayGroups: true, hours: 'group', channels: ['location'],
    name: t('Seniorikerho', 'Seniorklubb', 'Seniors’ club'),
    summary: t('Kahvia, keskustelua ja ohjelmaa ikäihmisille kerran viikossa.', 'Kaffe, samtal och program för äldre en gång i veckan.', 'Coffee, conversation and activities for older people once a week.'),
    description: t('Tervetuloa mukaan, ilmoittautumista ei tarvita.', 'Välkommen med, ingen anmälan behövs.', 'Everyone welcome, no need to register.'),
    targetGroups: ['KR1.1'], serviceClasses: ['P6.1'], charge: 'Free',
  },
  {
    key: 'mental-drop-in', providers: ['ngo'], scope: 'district', hours: 'cafe', channels: ['location', 'phone'],
    name: t('Kohtaamispaikka', 'Mötesplats', 'Drop-in centre'),
    summary: t('Avoin olohuone mielenterveyskuntoutujille ja kaikille, jotka kaipaavat seuraa.', 'Ett öppet vardagsrum för rehabiliteringsklienter och alla som vill ha sällskap.', 'An open living room for people recovering from mental illness and anyone wanting company.'),
    description: t('Edullinen lounas ja kahvi. Vertaisohjaajat paikalla.', 'Förmånlig lunch och kaffe. Kamratledare på plats.', 'Cheap lunch and coffee. Peer instructors on site.'),
    targetGroups: ['KR1'], serviceClasses: ['P3.2'], charge: 'Free',
  },
  {
    key: 'peer-depression', providers: ['ngo'], scope: 'municipality', weekdayGroups: true, hours: 'group', channels: ['location', 'phone'],
    name: t('Masennuksesta toipuvien vertaisryhmä', 'Kamratgrupp för personer som återhämtar sig från depression', 'Peer group for recovering from depression'),
    summary: t('Suljettu kymmenen kerran ryhmä, jota vetää koulutettu vertaisohjaaja.', 'En sluten grupp på tio träffar som leds av en utbildad kamratledare.', 'A closed ten-session group led by a trained peer instructor.'),
    description: t('Ilmoittaudu etukäteen puhelimitse.', 'Anmäl dig på förhand per telefon.', 'Sign up in advance by phone.'),
    targetGroups: ['KR1'], serviceClasses: ['P3.2'], charge: 'Free',
  },
  {
    key: 'crisis-talk', providers: ['ngo'], scope: 'municipality', hours: 'office', channels: ['phone', 'e-service'],
    name: t('Kriisikeskus', 'Kriscenter', 'Crisis centre'),
    summary: t('Maksutonta keskusteluapua kriisissä, myös ilman ajanvarausta chatissa.', 'Avgiftsfritt samtalsstöd i kris, också utan tidsbokning i chatten.', 'Free crisis support, also without an appointment in the chat.'),
    description: t('Voit asioida nimettömänä.', 'Du kan vara anonym.', 'You can remain anonymous.'),
    targetGroups: ['KR1'], serviceClasses: ['P3.2'], charge: 'Free',
  },
  {
    key: 'carer-peer', providers: ['ngo'], scope: 'municipality', weekdayGroups: true, hours: 'group', channels: ['location', 'phone'],
    name: t('Omaishoitajien vertaisryhmä', 'Kamratstödsgrupp för närståendevårdare', 'Peer group for informal carers'),
    summary: t('Omaishoitajat tapaavat kerran kuukaudessa jakamaan kokemuksia.', 'Närståendevårdare träffas en gång i månaden för att dela erfarenheter.', 'Carers meet once a month to share experiences.'),
    description: t('Hoidettavalle voidaan järjestää hoito tapaamisen ajaksi.', 'Vård för den vårdade kan ordnas under träffen.', 'Care for the person you look after can be arranged during the meeting.'),
    targetGroups: ['KR1', 'KR1.1'], serviceClasses: ['P4.1'], charge: 'Free',
  },
  {
    key: 'carer-recreation', providers: ['ngo'], scope: 'municipality', hours: 'none', channels: ['phone', 'web-page'],
    name: t('Omaishoitajien virkistyspäivät', 'Rekreationsdagar för närståendevårdare', 'Recreation days for informal carers'),
    summary: t('Retkiä ja virkistystä omaishoitajille muutaman kerran vuodessa.', 'Utflykter och rekreation för närståendevårdare några gånger per år.', 'Outings and recreation for carers a few times a year.'),
    description: t('Katso tulevat päivät verkkosivuilta.', 'Se kommande dagar på webbplatsen.', 'See upcoming days on the website.'),
    targetGroups: ['KR1'], serviceClasses: ['P4.1'], charge: 'Charged',
  },
  {
    key: 'family-cafe', providers: ['ngo'], scope: 'district', hours: 'cafe', channels: ['location'],
    name: t('Perhekahvila', 'Familjecafé', 'Family café'),
    summary: t('Avoin kohtaamispaikka vanhemmille ja pienille lapsille.', 'En öppen mötesplats för föräldrar och små barn.', 'An open meeting place for parents and small children.'),
    description: t('Tule leikkimään ja juttelemaan, ei ilmoittautumista.', 'Kom och lek och prata, ingen anmälan.', 'Come and play and chat, no registration.'),
    targetGroups: ['KR1.2'], serviceClasses: ['P4.2'], charge: 'Free',
  },
  {
    key: 'baby-group', providers: ['ngo'], scope: 'municipality', weekdayGroups: true, hours: 'group', channels: ['location'],
    name: t('Vauvaperheiden vertaisryhmä', 'Kamratgrupp för babyfamiljer', 'Peer group for families with babies'),
    summary: t('Alle 1-vuotiaiden vauvojen vanhemmille: unesta, imetyksestä ja jaksamisesta.', 'För föräldrar till bebisar under 1 år: om sömn, amning och ork.', 'For parents of babies under one: sleep, breastfeeding and coping.'),
    description: t('Ryhmään mahtuu kymmenen perhettä.', 'Det ryms tio familjer i gruppen.', 'The group has room for ten families.'),
    targetGroups: ['KR1.2'], serviceClasses: ['P4.2'], lifeEvents: ['KE1'], charge: 'Free',
  },
  {
    key: 'dads-group', providers: ['ngo'], scope: 'municipality', weekdayGroups: true, hours: 'group', channels: ['location'],
    name: t('Isä-lapsiryhmä', 'Pappa-barngrupp', 'Dads and kids group'),
    summary: t('Isät ja lapset tapaavat leikin, retkien ja keskustelun merkeissä.', 'Pappor och barn träffas för lek, utflykter och samtal.', 'Dads and kids meet for play, outings and talk.'),
    description: t('Mukaan voi tulla kesken kauden.', 'Du kan komma med mitt under säsongen.', 'You can join mid-season.'),
    targetGroups: ['KR1.2'], serviceClasses: ['P4.2'], charge: 'Free',
  },
  {
    key: 'outdoor-buddy', providers: ['ngo'], scope: 'municipality', hours: 'none', channels: ['phone'],
    name: t('Ulkoiluystävä', 'Friluftsvän', 'Outdoor buddy'),
    summary: t('Vapaaehtoinen lähtee kanssasi kävelylle kerran viikossa.', 'En frivillig går på promenad med dig en gång i veckan.', 'A volunteer goes for a walk with you once a week.'),
    description: t('Soita ja kerro toiveistasi, niin etsimme sinulle ystävän.', 'Ring och berätta vad du önskar, så söker vi en vän åt dig.', 'Call and tell us your wishes and we will find you a buddy.'),
    targetGroups: ['KR1.1'], serviceClasses: ['P6.3'], charge: 'Free',
  },
  {
    key: 'digital-help', providers: ['ngo', 'municipality'], scope: 'district', weekdayGroups: true, hours: 'group', channels: ['location'],
    name: t('Digituki', 'Digistöd', 'Digital help'),
    summary: t('Apua puhelimen, tabletin ja verkkopalvelujen käyttöön.', 'Hjälp med telefon, surfplatta och nättjänster.', 'Help with phones, tablets and online services.'),
    description: t('Ota oma laite mukaan.', 'Ta med din egen apparat.', 'Bring your own device.'),
    targetGroups: ['KR1.1'], serviceClasses: ['P6.2'], charge: 'Free',
  },
  {
    key: 'youth-night', providers: ['ngo'], scope: 'municipality', hours: 'youth', channels: ['location', 'phone'],
    name: t('Nuorten yökahvila', 'Nattcafé för unga', 'Youth night café'),
    summary: t('Turvallinen paikka viettää perjantai-iltaa, aikuiset paikalla.', 'Ett tryggt ställe att tillbringa fredagskvällen, vuxna på plats.', 'A safe place to spend Friday night, with adults present.'),
    description: t('Maksuton ja päihteetön.', 'Avgiftsfritt och drogfritt.', 'Free and substance-free.'),
    targetGroups: ['KR1.3'], serviceClasses: ['P6.1'], charge: 'Free',
  },
  {
    key: 'youth-mentor', providers: ['ngo'], scope: 'municipality', hours: 'office', channels: ['phone', 'e-service'],
    name: t('Nuorten mentorointi', 'Mentorskap för unga', 'Mentoring for young people'),
    summary: t('Vapaaehtoinen aikuinen tukee nuorta koulussa ja arjessa.', 'En frivillig vuxen stöder den unga i skolan och vardagen.', 'A volunteer adult supports a young person at school and in daily life.'),
    description: t('Hae mentoria verkkolomakkeella.', 'Ansök om mentor med webbformuläret.', 'Apply for a mentor with the online form.'),
    targetGroups: ['KR1.3'], serviceClasses: ['P6.1'], charge: 'Free',
  },
  {
    key: 'substance-peer', providers: ['ngo'], scope: 'municipality', weekdayGroups: true, hours: 'group', channels: ['location', 'phone'],
    name: t('Päihdetyön vertaisryhmä', 'Kamratgrupp inom missbruksarbete', 'Substance use peer group'),
    summary: t('Vertaistukea päihteistä irti pääsemiseen ja läheisille.', 'Kamratstöd för att bli fri från droger och för anhöriga.', 'Peer support for quitting substances, and for family members.'),
    description: t('Ryhmä on avoin, voit tulla nimettömänä.', 'Gruppen är öppen, du kan komma anonymt.', 'The group is open; you can come anonymously.'),
    targetGroups: ['KR1'], serviceClasses: ['P3.2'], charge: 'Free',
  },
  {
    key: 'disability-advice', providers: ['ngo'], scope: 'municipality', hours: 'office', channels: ['phone', 'location'],
    name: t('Vammaisjärjestön neuvonta', 'Handikapporganisationens rådgivning', 'Disability organisation advice'),
    summary: t('Neuvontaa etuuksista ja palveluista vammaisille ja heidän läheisilleen.', 'Rådgivning om förmåner och tjänster för personer med funktionsnedsättning och deras närstående.', 'Advice on benefits and services for disabled people and their families.'),
    description: t('Neuvonta on maksutonta ja luottamuksellista.', 'Rådgivningen är avgiftsfri och konfidentiell.', 'Advice is free and confidential.'),
    targetGroups: ['KR1.6'], serviceClasses: ['P4.4'], charge: 'Free',
  },
  {
    key: 'accessible-exercise', providers: ['ngo'], scope: 'municipality', weekdayGroups: true, hours: 'group', channels: ['location'],
    name: t('Soveltava liikuntaryhmä', 'Anpassad motionsgrupp', 'Adapted exercise group'),
    summary: t('Ohjattua liikuntaa, joka sopii myös apuvälineiden kanssa liikkuville.', 'Ledd motion som passar också dig som rör dig med hjälpmedel.', 'Guided exercise suitable also for people using mobility aids.'),
    description: t('Tilat ovat esteettömät.', 'Lokalerna är tillgängliga.', 'The premises are accessible.'),
    targetGroups: ['KR1.6'], serviceClasses: ['P6.3'], charge: 'Charged',
  },
  {
    key: 'food-aid', providers: ['ngo', 'parish'], scope: 'district', hours: 'cafe', channels: ['location'],
    name: t('Ruoka-apu', 'Mathjälp', 'Food aid'),
    summary: t('Ruokakasseja ja yhteinen ateria niille, joilla on tiukkaa.', 'Matkassar och en gemensam måltid för dem som har det knappt.', 'Food bags and a shared meal for people who are short of money.'),
    description: t('Jonotusnumerot jaetaan puoli tuntia ennen aukeamista.', 'Könummer delas ut en halvtimme före öppning.', 'Queue numbers are handed out half an hour before opening.'),
    targetGroups: ['KR1'], serviceClasses: ['P4.3'], charge: 'Free',
  },
  {
    key: 'couples-therapy', providers: ['company'], scope: 'municipality', hours: 'office', channels: ['location', 'phone', 'e-service'],
    name: t('Pariterapia', 'Parterapi', 'Couples therapy'),
    summary: t('Pariterapeutin vastaanotto pariskunnille, joiden suhteessa on kriisi.', 'Mottagning hos parterapeut för par i kris.', 'Sessions with a couples therapist for couples in crisis.'),
    description: t('Maksullinen palvelu, ajanvaraus verkossa.', 'Avgiftsbelagd tjänst, tidsbokning på nätet.', 'A paid service; book online.'),
    targetGroups: ['KR1'], serviceClasses: ['P3.2'], charge: 'Charged',
  },
  {
    key: 'home-cleaning', providers: ['company'], scope: 'municipality', hours: 'office', channels: ['phone', 'web-page'],
    name: t('Kotisiivous palvelusetelillä', 'Hemstädning med servicesedel', 'Home cleaning with a service voucher'),
    summary: t('Kotisiivousta ikääntyneille palvelusetelillä tai omalla kustannuksella.', 'Hemstädning för äldre med servicesedel eller på egen bekostnad.', 'Home cleaning for older people with a voucher or at your own cost.'),
    description: t('Kotitalousvähennys koskee myös tätä palvelua.', 'Hushållsavdraget gäller också denna tjänst.', 'The household tax credit applies.'),
    targetGroups: ['KR1.1'], serviceClasses: ['P4.1'], charge: 'Charged',
  },
  {
    key: 'physiotherapy', providers: ['company'], scope: 'district', hours: 'clinic', channels: ['location', 'phone', 'e-service'],
    name: t('Fysioterapia', 'Fysioterapi', 'Physiotherapy'),
    summary: t('Fysioterapeutin vastaanotto, myös palvelusetelillä.', 'Mottagning hos fysioterapeut, också med servicesedel.', 'Physiotherapist appointments, also with a service voucher.'),
    description: t('Kotikäynnit mahdollisia.', 'Hembesök möjliga.', 'Home visits available.'),
    targetGroups: ['KR1'], serviceClasses: ['P3.1'], charge: 'Charged',
  },
  {
    key: 'psychotherapy', providers: ['company'], scope: 'municipality', hours: 'office', channels: ['location', 'phone'],
    name: t('Psykoterapia', 'Psykoterapi', 'Psychotherapy'),
    summary: t('Kelan tukemaa kuntoutuspsykoterapiaa ja lyhytterapiaa.', 'Rehabiliterande psykoterapi med FPA-stöd och korttidsterapi.', 'Rehabilitation psychotherapy subsidised by Kela, and short therapy.'),
    description: t('Vastaanotto myös etänä.', 'Mottagning också på distans.', 'Remote sessions available too.'),
    targetGroups: ['KR1'], serviceClasses: ['P3.2'], charge: 'Charged',
  },
  {
    key: 'assisted-living', providers: ['company', 'county'], scope: 'municipality', hours: 'always', channels: ['location', 'phone'],
    name: t('Ympärivuorokautinen palveluasuminen', 'Serviceboende med heldygnsomsorg', 'Round-the-clock assisted living'),
    summary: t('Asumista ja hoivaa ikääntyneille, jotka tarvitsevat apua kaikkina vuorokaudenaikoina.', 'Boende och omsorg för äldre som behöver hjälp dygnet runt.', 'Housing and care for older people who need help at all hours.'),
    description: t('Paikkaa haetaan hyvinvointialueen asiakasohjauksen kautta.', 'Plats söks via välfärdsområdets klientstyrning.', 'Apply through the county’s client guidance.'),
    targetGroups: ['KR1.1'], serviceClasses: ['P4.1'], charge: 'Charged',
  },
];

/** Names of the classification codes used above (sent with each service, as PTV does). */
export const classificationNames: Record<string, T3> = {
  KR1: t('Kansalaiset', 'Medborgare', 'Citizens'),
  'KR1.1': t('Ikääntyneet', 'Äldre', 'Older people'),
  'KR1.2': t('Lapset ja lapsiperheet', 'Barn och barnfamiljer', 'Children and families'),
  'KR1.3': t('Nuoret', 'Unga', 'Young people'),
  'KR1.6': t('Vammaiset', 'Personer med funktionsnedsättning', 'Disabled people'),
  'P3.1': t('Perusterveydenhuolto', 'Primärvård', 'Primary health care'),
  'P3.2': t('Mielenterveys- ja päihdepalvelut', 'Mentalvårds- och missbrukartjänster', 'Mental health and substance use services'),
  'P3.3': t('Suun terveydenhuolto', 'Munhälsovård', 'Oral health care'),
  'P3.4': t('Neuvolapalvelut', 'Rådgivningstjänster', 'Child and maternity clinics'),
  'P4.1': t('Ikääntyneiden palvelut', 'Tjänster för äldre', 'Services for older people'),
  'P4.2': t('Lapsiperheiden palvelut', 'Tjänster för barnfamiljer', 'Services for families with children'),
  'P4.3': t('Aikuissosiaalityö ja toimeentulo', 'Socialt arbete för vuxna och utkomst', 'Social work and income support'),
  'P4.4': t('Vammaispalvelut', 'Funktionshinderservice', 'Disability services'),
  'P5.1': t('Varhaiskasvatus', 'Småbarnspedagogik', 'Early childhood education'),
  'P6.1': t('Nuorisopalvelut', 'Ungdomstjänster', 'Youth services'),
  'P6.2': t('Kirjastot ja kulttuuri', 'Bibliotek och kultur', 'Libraries and culture'),
  'P6.3': t('Liikunta', 'Motion', 'Sport and exercise'),
  KE1: t('Lapsen saaminen', 'Att få barn', 'Having a child'),
};

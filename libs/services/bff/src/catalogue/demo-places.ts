/**
 * Places of the demo county for the generator: each municipality's districts with a centre in
 * WGS84 (approximate, for believable map pins), streets and postal codes, and the municipal,
 * parish and NGO organisations. Street names are common Finnish/Swedish pairs.
 */
import type { Localized } from './demo-core';

export interface District {
  name: { fi: string; sv: string };
  latitude: number;
  longitude: number;
  postalCode: string;
  postOffice: { fi: string; sv: string };
}

export interface MunicipalityPlace {
  code: string;
  /** Key of the municipal organisation in demo-core.ts, or a new one. */
  organizationKey: string;
  organizationName: Localized;
  /** Key of the parish union in demo-core.ts, or a new one. */
  parishKey: string;
  parishName: Localized;
  /** Mostly Swedish-speaking municipalities get Swedish-first texts and more Swedish-only NGOs. */
  swedishMajority: boolean;
  districts: District[];
}

const d = (fi: string, sv: string, latitude: number, longitude: number, postalCode: string, office: [string, string]): District => ({
  name: { fi, sv },
  latitude,
  longitude,
  postalCode,
  postOffice: { fi: office[0], sv: office[1] },
});

export const municipalityPlaces: readonly MunicipalityPlace[] = [
  {
    code: '049', organizationKey: 'espoo', organizationName: { fi: 'Espoon kaupunki', sv: 'Esbo stad', en: 'City of Espoo' },
    parishKey: 'espoo-parish', parishName: { fi: 'Espoon seurakunnat', sv: 'Esbo församlingar', en: 'Parishes of Espoo' }, swedishMajority: false,
    districts: [
      d('Tapiola', 'Hagalund', 60.1756, 24.8050, '02100', ['Espoo', 'Esbo']),
      d('Leppävaara', 'Alberga', 60.2190, 24.8130, '02600', ['Espoo', 'Esbo']),
      d('Matinkylä', 'Mattby', 60.1600, 24.7390, '02230', ['Espoo', 'Esbo']),
      d('Espoonlahti', 'Esboviken', 60.1480, 24.6560, '02320', ['Espoo', 'Esbo']),
      d('Espoon keskus', 'Esbo centrum', 60.2050, 24.6560, '02770', ['Espoo', 'Esbo']),
      d('Kauklahti', 'Köklax', 60.1900, 24.5980, '02780', ['Espoo', 'Esbo']),
      d('Kalajärvi', 'Kalajärvi', 60.2950, 24.6560, '02970', ['Espoo', 'Esbo']),
    ],
  },
  {
    code: '235', organizationKey: 'kauniainen', organizationName: { fi: 'Kauniaisten kaupunki', sv: 'Grankulla stad', en: 'City of Kauniainen' },
    parishKey: 'kauniainen-parish', parishName: { fi: 'Kauniaisten seurakunnat', sv: 'Grankulla församlingar' }, swedishMajority: false,
    districts: [d('Kauniainen', 'Grankulla', 60.2110, 24.7290, '02700', ['Kauniainen', 'Grankulla'])],
  },
  {
    code: '257', organizationKey: 'kirkkonummi', organizationName: { fi: 'Kirkkonummen kunta', sv: 'Kyrkslätts kommun', en: 'Municipality of Kirkkonummi' },
    parishKey: 'kirkkonummi-parish', parishName: { fi: 'Kirkkonummen seurakunnat', sv: 'Kyrkslätts församlingar' }, swedishMajority: false,
    districts: [
      d('Kirkkonummen keskus', 'Kyrkslätt centrum', 60.1230, 24.4380, '02400', ['Kirkkonummi', 'Kyrkslätt']),
      d('Masala', 'Masaby', 60.1540, 24.5300, '02430', ['Masala', 'Masaby']),
      d('Veikkola', 'Veikkola', 60.2750, 24.4560, '02880', ['Veikkola', 'Veikkola']),
    ],
  },
  {
    code: '755', organizationKey: 'siuntio', organizationName: { fi: 'Siuntion kunta', sv: 'Sjundeå kommun', en: 'Municipality of Siuntio' },
    parishKey: 'siuntio-parish', parishName: { fi: 'Siuntion seurakunnat', sv: 'Sjundeå församlingar' }, swedishMajority: false,
    districts: [d('Siuntion asema', 'Sjundeå station', 60.1390, 24.2200, '02580', ['Siuntio', 'Sjundeå'])],
  },
  {
    code: '149', organizationKey: 'inkoo', organizationName: { fi: 'Inkoon kunta', sv: 'Ingå kommun', en: 'Municipality of Inkoo' },
    parishKey: 'inkoo-parish', parishName: { fi: 'Inkoon seurakunta', sv: 'Ingå församling' }, swedishMajority: true,
    districts: [d('Inkoon keskusta', 'Ingå centrum', 60.0450, 24.0060, '10210', ['Inkoo', 'Ingå'])],
  },
  {
    code: '710', organizationKey: 'raasepori', organizationName: { fi: 'Raaseporin kaupunki', sv: 'Raseborgs stad', en: 'Town of Raseborg' },
    parishKey: 'raasepori-parish', parishName: { fi: 'Raaseporin seurakunnat', sv: 'Raseborgs församlingar' }, swedishMajority: true,
    districts: [
      d('Tammisaari', 'Ekenäs', 59.9740, 23.4370, '10600', ['Tammisaari', 'Ekenäs']),
      d('Karjaa', 'Karis', 60.0700, 23.6610, '10300', ['Karjaa', 'Karis']),
      d('Pohja', 'Pojo', 60.0960, 23.5240, '10420', ['Pohjankuru', 'Skuru']),
    ],
  },
  {
    code: '078', organizationKey: 'hanko', organizationName: { fi: 'Hangon kaupunki', sv: 'Hangö stad', en: 'Town of Hanko' },
    parishKey: 'hanko-parish', parishName: { fi: 'Hangon seurakunnat', sv: 'Hangö församlingar' }, swedishMajority: true,
    districts: [d('Hanko', 'Hangö', 59.8230, 22.9690, '10900', ['Hanko', 'Hangö'])],
  },
  {
    code: '444', organizationKey: 'lohja', organizationName: { fi: 'Lohjan kaupunki', sv: 'Lojo stad', en: 'City of Lohja' },
    parishKey: 'lohja-parish', parishName: { fi: 'Lohjan seurakunta', sv: 'Lojo församling' }, swedishMajority: false,
    districts: [
      d('Lohjan keskusta', 'Lojo centrum', 60.2490, 24.0650, '08100', ['Lohja', 'Lojo']),
      d('Virkkala', 'Virkby', 60.2000, 23.9900, '08700', ['Virkkala', 'Virkby']),
      d('Karjalohja', 'Karislojo', 60.2380, 23.7170, '09120', ['Karjalohja', 'Karislojo']),
      d('Sammatti', 'Sammatti', 60.3190, 23.8300, '09220', ['Sammatti', 'Sammatti']),
    ],
  },
  {
    code: '927', organizationKey: 'vihti', organizationName: { fi: 'Vihdin kunta', sv: 'Vichtis kommun', en: 'Municipality of Vihti' },
    parishKey: 'vihti-parish', parishName: { fi: 'Vihdin seurakunta', sv: 'Vichtis församling' }, swedishMajority: false,
    districts: [
      d('Nummela', 'Nummela', 60.3320, 24.3240, '03100', ['Nummela', 'Nummela']),
      d('Vihdin kirkonkylä', 'Vichtis kyrkby', 60.4170, 24.3220, '03400', ['Vihti', 'Vichtis']),
      d('Ojakkala', 'Ojakkala', 60.3620, 24.4170, '03430', ['Jokikunta', 'Jokikunta']),
    ],
  },
  {
    code: '224', organizationKey: 'karkkila', organizationName: { fi: 'Karkkilan kaupunki', sv: 'Högfors stad', en: 'Town of Karkkila' },
    parishKey: 'karkkila-parish', parishName: { fi: 'Karkkilan seurakunta', sv: 'Högfors församling' }, swedishMajority: false,
    districts: [d('Karkkila', 'Högfors', 60.5350, 24.2100, '03600', ['Karkkila', 'Högfors'])],
  },
];

/** Street name pairs (Finnish, Swedish) used for generated addresses. */
export const streets: readonly [string, string][] = [
  ['Kirkkotie', 'Kyrkvägen'], ['Asematie', 'Stationsvägen'], ['Koulukatu', 'Skolgatan'], ['Puistotie', 'Parkvägen'],
  ['Rantatie', 'Strandvägen'], ['Myllytie', 'Kvarnvägen'], ['Kauppakatu', 'Handelsgatan'], ['Torikatu', 'Torggatan'],
  ['Mäkitie', 'Backvägen'], ['Koivukuja', 'Björkgränden'], ['Tehtaankatu', 'Fabriksgatan'], ['Sairaalatie', 'Sjukhusvägen'],
  ['Seurakuntatie', 'Församlingsvägen'], ['Nuorisotie', 'Ungdomsvägen'], ['Lähdekuja', 'Källgränden'], ['Urheilutie', 'Idrottsvägen'],
];

/** Kinds of NGO the generator founds in each municipality: fi/sv name stems. */
export const ngoKinds: readonly { key: string; fi: string; sv: string; en?: string; topics: readonly string[] }[] = [
  { key: 'mielenterveys', fi: 'Mielenterveysyhdistys', sv: 'Föreningen för psykisk hälsa', en: 'Mental health association', topics: ['mental-drop-in', 'peer-depression', 'crisis-talk'] },
  { key: 'omaishoitajat', fi: 'Omaishoitajayhdistys', sv: 'Närståendevårdarföreningen', topics: ['carer-peer', 'carer-recreation'] },
  { key: 'perheet', fi: 'Perheyhdistys', sv: 'Familjeföreningen', en: 'Family association', topics: ['family-cafe', 'baby-group', 'dads-group'] },
  { key: 'seniorit', fi: 'Eläkeläisyhdistys', sv: 'Pensionärsföreningen', topics: ['outdoor-buddy', 'senior-club', 'digital-help'] },
  { key: 'nuoret', fi: 'Nuorisoyhdistys', sv: 'Ungdomsföreningen', topics: ['youth-night', 'youth-mentor'] },
  { key: 'päihde', fi: 'A-kilta', sv: 'A-gillet', topics: ['substance-peer'] },
  { key: 'vammaiset', fi: 'Vammaisyhdistys', sv: 'Handikappföreningen', topics: ['disability-advice', 'accessible-exercise'] },
  { key: 'ruokapankki', fi: 'Ruokapankki', sv: 'Matbanken', en: 'Food bank', topics: ['food-aid'] },
];

export const companyNames: readonly Localized[] = [
  { fi: 'Terapiakeskus Aalto Oy', sv: 'Terapiakeskus Aalto Oy' },
  { fi: 'Kotiapu Kastehelmi Oy', sv: 'Kotiapu Kastehelmi Oy' },
  { fi: 'Hoivapalvelu Lehmus Oy', sv: 'Omsorgstjänst Lehmus Ab' },
  { fi: 'Fysioterapia Liike Oy', sv: 'Fysioterapi Liike Ab' },
  { fi: 'Perhetyö Satama Oy', sv: 'Familjearbete Hamnen Ab' },
  { fi: 'Kuntoutus Kajo Oy', sv: 'Rehabilitering Kajo Ab' },
  { fi: 'Palvelutalo Kotiranta Oy', sv: 'Servicehuset Hemstranden Ab' },
  { fi: 'Psykoterapia Tyyni Oy', sv: 'Psykoterapi Tyyni Ab' },
];

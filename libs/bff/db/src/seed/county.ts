/**
 * The fictional demo county over the real municipalities of western Uusimaa (official codes of
 * Statistics Finland). Service areas and units are invented; personas refer to some unit codes.
 */
export interface LocalizedName {
  fi: string;
  sv: string;
  en: string;
}

export const demoCountyName: LocalizedName = {
  fi: 'Esimerkin hyvinvointialue',
  sv: 'Exempels välfärdsområde',
  en: 'Example wellbeing services county',
};

export interface DemoServiceArea {
  code: string;
  name: LocalizedName;
}

export const demoServiceAreas: readonly DemoServiceArea[] = [
  {
    code: 'ESPOO',
    name: { fi: 'Espoon palvelualue', sv: 'Esbo serviceområde', en: 'Espoo service area' },
  },
  {
    code: 'ETELA',
    name: { fi: 'Eteläinen palvelualue', sv: 'Södra serviceområdet', en: 'Southern service area' },
  },
  {
    code: 'LANSI',
    name: { fi: 'Läntinen palvelualue', sv: 'Västra serviceområdet', en: 'Western service area' },
  },
  {
    code: 'POHJOINEN',
    name: { fi: 'Pohjoinen palvelualue', sv: 'Norra serviceområdet', en: 'Northern service area' },
  },
];

export interface DemoMunicipality {
  code: string;
  name: LocalizedName;
  serviceAreaCode: string;
}

export const demoMunicipalities: readonly DemoMunicipality[] = [
  { code: '049', name: { fi: 'Espoo', sv: 'Esbo', en: 'Espoo' }, serviceAreaCode: 'ESPOO' },
  {
    code: '235',
    name: { fi: 'Kauniainen', sv: 'Grankulla', en: 'Kauniainen' },
    serviceAreaCode: 'ETELA',
  },
  {
    code: '257',
    name: { fi: 'Kirkkonummi', sv: 'Kyrkslätt', en: 'Kirkkonummi' },
    serviceAreaCode: 'ETELA',
  },
  { code: '755', name: { fi: 'Siuntio', sv: 'Sjundeå', en: 'Siuntio' }, serviceAreaCode: 'ETELA' },
  { code: '149', name: { fi: 'Inkoo', sv: 'Ingå', en: 'Inkoo' }, serviceAreaCode: 'ETELA' },
  {
    code: '710',
    name: { fi: 'Raasepori', sv: 'Raseborg', en: 'Raseborg' },
    serviceAreaCode: 'LANSI',
  },
  { code: '078', name: { fi: 'Hanko', sv: 'Hangö', en: 'Hanko' }, serviceAreaCode: 'LANSI' },
  { code: '444', name: { fi: 'Lohja', sv: 'Lojo', en: 'Lohja' }, serviceAreaCode: 'POHJOINEN' },
  { code: '927', name: { fi: 'Vihti', sv: 'Vichtis', en: 'Vihti' }, serviceAreaCode: 'POHJOINEN' },
  {
    code: '224',
    name: { fi: 'Karkkila', sv: 'Högfors', en: 'Karkkila' },
    serviceAreaCode: 'POHJOINEN',
  },
];

export const unitTypes = [
  'health-centre',
  'family-services',
  'social-advice',
  'caregiving',
  'home-help',
  'family-counselling',
  'youth-services',
  'disability-services',
] as const;
export type UnitType = (typeof unitTypes)[number];

export interface DemoUnit {
  code: string;
  type: UnitType;
  serviceAreaCode: string;
  name: LocalizedName;
}

export const demoUnits: readonly DemoUnit[] = [
  // Espoo
  {
    code: 'ESP-TK',
    type: 'health-centre',
    serviceAreaCode: 'ESPOO',
    name: { fi: 'Espoon terveyskeskus', sv: 'Esbo hälsocentral', en: 'Espoo health centre' },
  },
  // Social-services advice serves the whole county; it is administered by the Espoo area.
  {
    code: 'ASNE',
    type: 'social-advice',
    serviceAreaCode: 'ESPOO',
    name: {
      fi: 'Sosiaalihuollon asiakasneuvonta',
      sv: 'Socialvårdens klientrådgivning',
      en: 'Social-services advice',
    },
  },
  {
    code: 'PERHE-ESP',
    type: 'family-services',
    serviceAreaCode: 'ESPOO',
    name: {
      fi: 'Espoon perhepalvelut',
      sv: 'Familjetjänster i Esbo',
      en: 'Family services, Espoo',
    },
  },
  {
    code: 'OMA-ESP',
    type: 'caregiving',
    serviceAreaCode: 'ESPOO',
    name: {
      fi: 'Omaishoidon tuki, Espoo',
      sv: 'Stöd för närståendevård, Esbo',
      en: 'Informal care support, Espoo',
    },
  },
  {
    code: 'KOTI-ESP',
    type: 'home-help',
    serviceAreaCode: 'ESPOO',
    name: { fi: 'Espoon kotihoito', sv: 'Hemvården i Esbo', en: 'Home care, Espoo' },
  },
  {
    code: 'PNE-ESP',
    type: 'family-counselling',
    serviceAreaCode: 'ESPOO',
    name: {
      fi: 'Espoon perheneuvola',
      sv: 'Familjerådgivningen i Esbo',
      en: 'Family counselling, Espoo',
    },
  },
  {
    code: 'NUORI-ESP',
    type: 'youth-services',
    serviceAreaCode: 'ESPOO',
    name: {
      fi: 'Nuorten palvelut, Espoo',
      sv: 'Tjänster för unga, Esbo',
      en: 'Youth services, Espoo',
    },
  },
  {
    code: 'VAMM-ESP',
    type: 'disability-services',
    serviceAreaCode: 'ESPOO',
    name: {
      fi: 'Vammaispalvelut, Espoo',
      sv: 'Handikappservice, Esbo',
      en: 'Disability services, Espoo',
    },
  },
  // South
  {
    code: 'ETE-TK',
    type: 'health-centre',
    serviceAreaCode: 'ETELA',
    name: {
      fi: 'Kirkkonummen terveyskeskus',
      sv: 'Kyrkslätts hälsocentral',
      en: 'Kirkkonummi health centre',
    },
  },
  {
    code: 'PERHE-ETE',
    type: 'family-services',
    serviceAreaCode: 'ETELA',
    name: {
      fi: 'Perhepalvelut, eteläinen palvelualue',
      sv: 'Familjetjänster, södra serviceområdet',
      en: 'Family services, southern area',
    },
  },
  {
    code: 'OMA-ETE',
    type: 'caregiving',
    serviceAreaCode: 'ETELA',
    name: {
      fi: 'Omaishoidon tuki, eteläinen palvelualue',
      sv: 'Stöd för närståendevård, södra serviceområdet',
      en: 'Informal care support, southern area',
    },
  },
  {
    code: 'KOTI-ETE',
    type: 'home-help',
    serviceAreaCode: 'ETELA',
    name: {
      fi: 'Kotihoito, eteläinen palvelualue',
      sv: 'Hemvården, södra serviceområdet',
      en: 'Home care, southern area',
    },
  },
  // West
  {
    code: 'LAN-TK',
    type: 'health-centre',
    serviceAreaCode: 'LANSI',
    name: {
      fi: 'Raaseporin terveyskeskus',
      sv: 'Raseborgs hälsocentral',
      en: 'Raseborg health centre',
    },
  },
  {
    code: 'PERHE-LAN',
    type: 'family-services',
    serviceAreaCode: 'LANSI',
    name: {
      fi: 'Perhepalvelut, läntinen palvelualue',
      sv: 'Familjetjänster, västra serviceområdet',
      en: 'Family services, western area',
    },
  },
  {
    code: 'OMA-LAN',
    type: 'caregiving',
    serviceAreaCode: 'LANSI',
    name: {
      fi: 'Omaishoidon tuki, läntinen palvelualue',
      sv: 'Stöd för närståendevård, västra serviceområdet',
      en: 'Informal care support, western area',
    },
  },
  {
    code: 'KOTI-LAN',
    type: 'home-help',
    serviceAreaCode: 'LANSI',
    name: {
      fi: 'Kotihoito, läntinen palvelualue',
      sv: 'Hemvården, västra serviceområdet',
      en: 'Home care, western area',
    },
  },
  {
    code: 'VAMM-LAN',
    type: 'disability-services',
    serviceAreaCode: 'LANSI',
    name: {
      fi: 'Vammaispalvelut, läntinen palvelualue',
      sv: 'Handikappservice, västra serviceområdet',
      en: 'Disability services, western area',
    },
  },
  // North
  {
    code: 'POH-TK',
    type: 'health-centre',
    serviceAreaCode: 'POHJOINEN',
    name: { fi: 'Lohjan terveyskeskus', sv: 'Lojo hälsocentral', en: 'Lohja health centre' },
  },
  {
    code: 'PERHE-POH',
    type: 'family-services',
    serviceAreaCode: 'POHJOINEN',
    name: {
      fi: 'Perhepalvelut, pohjoinen palvelualue',
      sv: 'Familjetjänster, norra serviceområdet',
      en: 'Family services, northern area',
    },
  },
  {
    code: 'OMA-POH',
    type: 'caregiving',
    serviceAreaCode: 'POHJOINEN',
    name: {
      fi: 'Omaishoidon tuki, pohjoinen palvelualue',
      sv: 'Stöd för närståendevård, norra serviceområdet',
      en: 'Informal care support, northern area',
    },
  },
  {
    code: 'KOTI-POH',
    type: 'home-help',
    serviceAreaCode: 'POHJOINEN',
    name: {
      fi: 'Kotihoito, pohjoinen palvelualue',
      sv: 'Hemvården, norra serviceområdet',
      en: 'Home care, northern area',
    },
  },
  {
    code: 'PNE-POH',
    type: 'family-counselling',
    serviceAreaCode: 'POHJOINEN',
    name: {
      fi: 'Perheneuvola, pohjoinen palvelualue',
      sv: 'Familjerådgivningen, norra serviceområdet',
      en: 'Family counselling, northern area',
    },
  },
  {
    code: 'NUORI-POH',
    type: 'youth-services',
    serviceAreaCode: 'POHJOINEN',
    name: {
      fi: 'Nuorten palvelut, pohjoinen palvelualue',
      sv: 'Tjänster för unga, norra serviceområdet',
      en: 'Youth services, northern area',
    },
  },
];

import { makePersonalIdentityCode, type StaffRole } from '@luotsi/identity-domain';
import type { LocalizedName } from './county';

/**
 * Fictional residents and professionals besides the personas, so that lists look realistic.
 * Identity codes use the test range of individual numbers (900–999) and differ from the personas'.
 */
export interface DemoResident {
  firstName: string;
  lastName: string;
  birthDate: string;
  personalIdentityCode: string;
  municipalityCode: string;
  language: 'fi' | 'sv' | 'en';
  email: string | null;
  children: {
    firstName: string;
    lastName: string;
    birthDate: string;
    personalIdentityCode: string;
  }[];
}

function resident(
  firstName: string,
  lastName: string,
  birthDate: string,
  individual: number,
  municipalityCode: string,
  language: DemoResident['language'] = 'fi',
  children: [string, string, number][] = [],
): DemoResident {
  return {
    firstName,
    lastName,
    birthDate,
    municipalityCode,
    language,
    personalIdentityCode: makePersonalIdentityCode(birthDate, individual),
    email: `${ascii(firstName)}.${ascii(lastName)}@example.com`,
    children: children.map(([childFirstName, childBirthDate, childIndividual]) => ({
      firstName: childFirstName,
      lastName,
      birthDate: childBirthDate,
      personalIdentityCode: makePersonalIdentityCode(childBirthDate, childIndividual),
    })),
  };
}

function ascii(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

export const demoResidents: readonly DemoResident[] = [
  resident('Matti', 'Korhonen', '1949-04-12', 901, '049'),
  resident('Leena', 'Salminen', '1958-05-03', 902, '049'),
  resident('Ahmed', 'Hassan', '1987-09-19', 903, '049', 'en', [['Amina', '2019-06-11', 904]]),
  resident('Elina', 'Hämäläinen', '1995-03-09', 905, '235'),
  resident('Emma', 'Wikström', '1998-06-21', 906, '235', 'sv'),
  resident('Juha', 'Laine', '1971-07-27', 907, '257'),
  resident('Riikka', 'Saarinen', '1984-04-04', 908, '257', 'fi', [
    ['Eetu', '2012-02-17', 909],
    ['Venla', '2015-10-30', 910],
  ]),
  resident('Päivi', 'Koskinen', '1964-11-11', 911, '755'),
  resident('Jari', 'Lehtonen', '1975-03-30', 912, '755'),
  resident('Mikael', 'Andersson', '1978-12-24', 913, '149', 'sv'),
  resident('Sara', 'Holmström', '1990-10-02', 914, '710', 'sv', [['Ella', '2020-01-25', 915]]),
  resident('Helena', 'Lindroos', '1939-08-08', 916, '078', 'sv'),
  resident('Erik', 'Lindqvist', '1967-06-18', 917, '078', 'sv'),
  resident('Anneli', 'Mäkinen', '1953-08-30', 919, '444'),
  resident('Olga', 'Ivanova', '1992-12-01', 920, '444', 'en'),
  resident('Johanna', 'Nieminen', '1982-01-05', 921, '927', 'fi', [['Aapo', '2013-08-09', 922]]),
  resident('Kari', 'Turunen', '1945-01-28', 923, '927'),
  resident('Minna', 'Kettunen', '1980-11-07', 924, '927', 'fi', [['Onni', '2018-04-14', 925]]),
  resident('Oskari', 'Heino', '2001-02-14', 926, '224'),
  resident('Tapio', 'Rantanen', '1956-10-15', 927, '224'),
];

export interface DemoStaffMember {
  /** Not a persona: these cannot sign in, but fill worklists and calendars. */
  subject: string;
  firstName: string;
  lastName: string;
  roles: StaffRole[];
  title: LocalizedName;
  unitCodes: string[];
}

const nurse: LocalizedName = { fi: 'Sairaanhoitaja', sv: 'Sjukskötare', en: 'Nurse' };

export const demoStaff: readonly DemoStaffMember[] = [
  {
    subject: 'demo-staff-jussi',
    firstName: 'Jussi',
    lastName: 'Järvinen',
    roles: ['nurse'],
    title: nurse,
    unitCodes: ['ESP-TK'],
  },
  {
    subject: 'demo-staff-maria',
    firstName: 'Maria',
    lastName: 'Lindholm',
    roles: ['nurse'],
    title: nurse,
    unitCodes: ['LAN-TK'],
  },
  {
    subject: 'demo-staff-sanna',
    firstName: 'Sanna',
    lastName: 'Heikkinen',
    roles: ['nurse'],
    title: nurse,
    unitCodes: ['POH-TK', 'ETE-TK'],
  },
  {
    subject: 'demo-staff-eeva',
    firstName: 'Eeva',
    lastName: 'Korpela',
    roles: ['family-worker'],
    unitCodes: ['PERHE-ESP'],
    title: { fi: 'Perhetyöntekijä', sv: 'Familjearbetare', en: 'Family worker' },
  },
  {
    subject: 'demo-staff-pekka',
    firstName: 'Pekka',
    lastName: 'Nurmi',
    roles: ['family-worker'],
    unitCodes: ['PERHE-POH', 'PNE-POH'],
    title: { fi: 'Perhetyöntekijä', sv: 'Familjearbetare', en: 'Family worker' },
  },
  {
    subject: 'demo-staff-laura',
    firstName: 'Laura',
    lastName: 'Mattila',
    roles: ['caregiver-coordinator'],
    unitCodes: ['OMA-POH', 'OMA-ESP'],
    title: {
      fi: 'Omaishoidon ohjaaja',
      sv: 'Handledare för närståendevård',
      en: 'Caregiver coordinator',
    },
  },
  {
    subject: 'demo-staff-timo',
    firstName: 'Timo',
    lastName: 'Rautio',
    roles: ['social-advisor'],
    unitCodes: ['ASNE'],
    title: { fi: 'Sosiaaliohjaaja', sv: 'Socialhandledare', en: 'Social-services advisor' },
  },
  {
    subject: 'demo-staff-sofia',
    firstName: 'Sofia',
    lastName: 'Grönqvist',
    roles: ['editor'],
    unitCodes: ['PERHE-ESP', 'PERHE-LAN'],
    title: { fi: 'Sisältöasiantuntija', sv: 'Innehållsexpert', en: 'Content editor' },
  },
];

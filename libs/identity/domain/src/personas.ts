import { type Area, type ResidentRole, type StaffRole } from './roles';
import { makePersonalIdentityCode } from './personal-identity-code';

/**
 * The demo personas of the embedded identity provider. The same list seeds the database, so the
 * person one signs in as in the demo exists there. Display names are fixed by the product.
 */
export interface PersonaBase {
  /** OIDC subject; stable across reseeds. */
  subject: string;
  area: Area;
  firstName: string;
  lastName: string;
  /** One line the persona picker shows, by language. */
  description: { fi: string; sv: string; en: string };
}

export interface ResidentPersona extends PersonaBase {
  area: 'resident';
  roles: ResidentRole[];
  personalIdentityCode: string;
  birthDate: string;
  municipalityCode: string;
  language: 'fi' | 'sv' | 'en';
  children: { firstName: string; lastName: string; birthDate: string; personalIdentityCode: string }[];
}

export interface StaffPersona extends PersonaBase {
  area: 'staff';
  roles: StaffRole[];
  title: { fi: string; sv: string; en: string };
  /** Unit codes of the demo county the professional works in. */
  unitCodes: string[];
}

export type Persona = ResidentPersona | StaffPersona;

function resident(
  subject: string, firstName: string, lastName: string, birthDate: string, individual: number,
  municipalityCode: string, roles: ResidentRole[], description: PersonaBase['description'],
  children: ResidentPersona['children'] = [], language: ResidentPersona['language'] = 'fi',
): ResidentPersona {
  return {
    subject, area: 'resident', firstName, lastName, birthDate, municipalityCode, roles, description,
    children, language, personalIdentityCode: makePersonalIdentityCode(birthDate, individual),
  };
}

function child(firstName: string, lastName: string, birthDate: string, individual: number) {
  return { firstName, lastName, birthDate, personalIdentityCode: makePersonalIdentityCode(birthDate, individual) };
}

export const personas: readonly Persona[] = [
  resident('resident-tessa', 'Tessa', 'Testilä', '1986-03-15', 936, '049', ['resident'], {
    fi: 'Asukas, kahden lapsen huoltaja (Espoo)',
    sv: 'Invånare, vårdnadshavare för två barn (Esbo)',
    en: 'Resident, guardian of two children (Espoo)',
  }, [child('Tuukka', 'Testilä', '2016-05-02', 951), child('Tilda', 'Testilä', '2021-09-20', 962)]),
  resident('resident-ville', 'Ville', 'Virtanen', '1958-11-30', 947, '710', ['resident'], {
    fi: 'Asukas (Raasepori)',
    sv: 'Invånare (Raseborg)',
    en: 'Resident (Raseborg)',
  }, [], 'sv'),
  resident('carer-olli', 'Olli', 'Omaishoitaja', '1961-07-08', 918, '444', ['resident', 'carer'], {
    fi: 'Omaishoitaja, omaishoidon tuen sopimus (Lohja)',
    sv: 'Närståendevårdare med avtal om stöd för närståendevård (Lojo)',
    en: 'Informal carer with an informal care support agreement (Lohja)',
  }),
  resident('carer-pirjo', 'Pirjo', 'Perhehoitaja', '1975-02-21', 929, '257', ['resident', 'carer'], {
    fi: 'Perhehoitaja, toimeksiantosopimus (Kirkkonummi)',
    sv: 'Familjevårdare med uppdragsavtal (Kyrkslätt)',
    en: 'Family carer with a commission agreement (Kirkkonummi)',
  }),
  {
    subject: 'staff-hanna', area: 'staff', firstName: 'Hanna', lastName: 'Hoitaja', roles: ['nurse'],
    title: { fi: 'Sairaanhoitaja', sv: 'Sjukskötare', en: 'Nurse' }, unitCodes: ['ESP-TK'],
    description: { fi: 'Sairaanhoitaja, yhteydenottopyynnöt', sv: 'Sjukskötare, kontaktbegäranden', en: 'Nurse, contact requests' },
  },
  {
    subject: 'staff-aino', area: 'staff', firstName: 'Aino', lastName: 'Neuvoja', roles: ['social-advisor'],
    title: { fi: 'Sosiaaliohjaaja', sv: 'Socialhandledare', en: 'Social-services advisor' }, unitCodes: ['ASNE'],
    description: { fi: 'Sosiaalihuollon asiakasneuvonta', sv: 'Socialvårdens klientrådgivning', en: 'Social-services advice' },
  },
  {
    subject: 'staff-pia', area: 'staff', firstName: 'Pia', lastName: 'Perheneuvoja', roles: ['family-worker'],
    title: { fi: 'Psykologi', sv: 'Psykolog', en: 'Psychologist' }, unitCodes: ['PNE-ESP'],
    description: { fi: 'Perheneuvolan psykologi, kalenteri', sv: 'Psykolog på familjerådgivningen, kalender', en: 'Family counselling psychologist, calendar' },
  },
  {
    subject: 'staff-tiina', area: 'staff', firstName: 'Tiina', lastName: 'Tiiminvetäjä', roles: ['team-lead'],
    title: { fi: 'Johtava psykologi', sv: 'Ledande psykolog', en: 'Lead psychologist' }, unitCodes: ['PNE-ESP', 'PNE-POH'],
    description: { fi: 'Perheneuvolan tiiminvetäjä, poissaolot', sv: 'Teamledare på familjerådgivningen, frånvaro', en: 'Family counselling team lead, absences' },
  },
  {
    subject: 'staff-kaisa', area: 'staff', firstName: 'Kaisa', lastName: 'Koordinaattori', roles: ['caregiver-coordinator'],
    title: { fi: 'Omaishoidon ohjaaja', sv: 'Handledare för närståendevård', en: 'Caregiver coordinator' }, unitCodes: ['OMA-LAN', 'OMA-ETE'],
    description: { fi: 'Omaishoidon ohjaaja, läntinen ja eteläinen palvelualue', sv: 'Handledare för närståendevård, västra och södra serviceområdet', en: 'Caregiver coordinator, western and southern service areas' },
  },
  {
    subject: 'staff-kalle', area: 'staff', firstName: 'Kalle', lastName: 'Kuraattori', roles: ['service-curator'],
    title: { fi: 'Palvelutarjottimen ylläpitäjä', sv: 'Kurator för servicebrickan', en: 'Service-tray curator' }, unitCodes: ['ASNE'],
    description: { fi: 'Palvelutarjottimen sisällöt', sv: 'Servicebrickans innehåll', en: 'Service tray content' },
  },
  {
    subject: 'staff-mikko', area: 'staff', firstName: 'Mikko', lastName: 'Manageri', roles: ['manager'],
    title: { fi: 'Palvelujohtaja', sv: 'Servicedirektör', en: 'Service director' }, unitCodes: [],
    description: { fi: 'Johtaja, tietojohtaminen', sv: 'Chef, kunskapsledning', en: 'Manager, insights' },
  },
  {
    subject: 'staff-anna', area: 'staff', firstName: 'Anna', lastName: 'Admin', roles: ['admin'],
    title: { fi: 'Pääkäyttäjä', sv: 'Huvudanvändare', en: 'Administrator' }, unitCodes: [],
    description: { fi: 'Pääkäyttäjä', sv: 'Huvudanvändare', en: 'Administrator' },
  },
];

export function personaDisplayName(persona: Pick<PersonaBase, 'firstName' | 'lastName'>): string {
  return `${persona.firstName} ${persona.lastName}`;
}

export function findPersona(subject: string): Persona | undefined {
  return personas.find((p) => p.subject === subject);
}

import { trilingual, type OptionalPersonalData, type PersonalDataSection, type PrismaLike, type Trilingual } from '@luotsi/bff-core';

/**
 * What identity keeps about a resident, for the resident's data export and for deleting what is
 * optional. Names, the identity code, birth date and municipality come from the population
 * register and are needed to serve the person; e-mail and phone are contact details the resident
 * gave and may delete.
 */
const languageNames: Record<string, Trilingual> = {
  fi: { fi: 'suomi', sv: 'finska', en: 'Finnish' },
  sv: { fi: 'ruotsi', sv: 'svenska', en: 'Swedish' },
  en: { fi: 'englanti', sv: 'engelska', en: 'English' },
};

export async function identityPersonalData(prisma: PrismaLike, personId: string): Promise<PersonalDataSection[]> {
  const person = await prisma.person.findUnique({ where: { id: personId }, include: { municipality: true } });
  if (!person) return [];
  const children = await prisma.guardianship.findMany({
    where: { guardianId: personId },
    include: { child: { select: { firstName: true, lastName: true, birthDate: true } } },
  });
  const municipalityName = trilingual(person.municipality.name);
  return [
    {
      id: 'identity.person',
      title: { fi: 'Henkilötiedot', sv: 'Personuppgifter', en: 'Personal details' },
      purpose: {
        fi: 'Tunnistamme sinut ja ohjaamme asiasi oman alueesi palveluihin. Nimi, henkilötunnus, syntymäaika ja kotikunta tulevat väestötietojärjestelmästä; sähköpostin ja puhelinnumeron olet antanut itse.',
        sv: 'Vi identifierar dig och för dina ärenden till tjänsterna i ditt område. Namn, personbeteckning, födelsedatum och hemkommun kommer från befolkningsdatasystemet; e-post och telefonnummer har du själv gett.',
        en: 'We identify you and direct your matters to the services of your area. Name, personal identity code, date of birth and municipality come from the Population Information System; you gave the e-mail address and phone number yourself.',
      },
      records: [
        [
          { key: 'firstName', label: { fi: 'Etunimi', sv: 'Förnamn', en: 'First name' }, value: person.firstName },
          { key: 'lastName', label: { fi: 'Sukunimi', sv: 'Efternamn', en: 'Last name' }, value: person.lastName },
          { key: 'personalIdentityCode', label: { fi: 'Henkilötunnus', sv: 'Personbeteckning', en: 'Personal identity code' }, value: person.personalIdentityCode },
          { key: 'birthDate', label: { fi: 'Syntymäaika', sv: 'Födelsedatum', en: 'Date of birth' }, value: person.birthDate.toISOString().slice(0, 10), format: 'date' },
          {
            key: 'municipality', label: { fi: 'Kotikunta', sv: 'Hemkommun', en: 'Municipality of residence' },
            value: person.municipalityCode, ...(municipalityName ? { valueLabel: municipalityName } : {}),
          },
          {
            key: 'language', label: { fi: 'Asiointikieli', sv: 'Kontaktspråk', en: 'Language of service' },
            value: person.language, ...(languageNames[person.language] ? { valueLabel: languageNames[person.language] } : {}),
          },
          { key: 'email', label: { fi: 'Sähköposti', sv: 'E-post', en: 'E-mail' }, value: person.email },
          { key: 'phone', label: { fi: 'Puhelinnumero', sv: 'Telefonnummer', en: 'Phone number' }, value: person.phone },
          { key: 'createdAt', label: { fi: 'Tallennettu palveluun', sv: 'Sparad i tjänsten', en: 'Stored in the service' }, value: person.createdAt.toISOString(), format: 'dateTime' },
        ],
      ],
    },
    {
      id: 'identity.children',
      title: { fi: 'Lapset, joiden huoltaja olet', sv: 'Barn som du är vårdnadshavare för', en: 'Children in your guardianship' },
      purpose: {
        fi: 'Huoltajana voit hoitaa alle 15-vuotiaan lapsesi asioita. Tieto tulee väestötietojärjestelmästä.',
        sv: 'Som vårdnadshavare kan du sköta ärenden för ditt barn under 15 år. Uppgiften kommer från befolkningsdatasystemet.',
        en: 'As a guardian you can act for your child under 15. This comes from the Population Information System.',
      },
      records: children
        .sort((a, b) => a.child.birthDate.getTime() - b.child.birthDate.getTime())
        .map(({ child }) => [
          { key: 'firstName', label: { fi: 'Etunimi', sv: 'Förnamn', en: 'First name' }, value: child.firstName },
          { key: 'lastName', label: { fi: 'Sukunimi', sv: 'Efternamn', en: 'Last name' }, value: child.lastName },
          { key: 'birthDate', label: { fi: 'Syntymäaika', sv: 'Födelsedatum', en: 'Date of birth' }, value: child.birthDate.toISOString().slice(0, 10), format: 'date' },
        ]),
    },
  ];
}

/**
 * E-mail and phone are the only data a resident gave of their own accord. The language of service
 * is not deletable: the county must serve a person in Finnish or Swedish by their choice
 * (Kielilaki 423/2003), and "no language" would silently mean Finnish; it is changed, not deleted.
 */
export const identityOptionalData: OptionalPersonalData = {
  async list(prisma, personId) {
    const person = await prisma.person.findUnique({ where: { id: personId }, select: { email: true, phone: true } });
    return [
      { key: 'identity.email', label: { fi: 'Sähköpostiosoite', sv: 'E-postadress', en: 'E-mail address' }, present: Boolean(person?.email) },
      { key: 'identity.phone', label: { fi: 'Puhelinnumero', sv: 'Telefonnummer', en: 'Phone number' }, present: Boolean(person?.phone) },
    ];
  },
  async delete(prisma, personId) {
    await prisma.person.update({ where: { id: personId }, data: { email: null, phone: null } });
  },
};

import { defineTexts } from '@luotsi/i18n';

/** Texts of the resident's page of a handed-over recommendation set (loaded with that page only). */
export const fi = defineTexts({
  guidanceView: {
    intro: 'Hyvinvointialueen ammattilainen on koonnut nämä palvelut sinulle. Ota yhteyttä suoraan palveluun alla olevien yhteystietojen avulla.',
    validUntil: 'Linkki toimii {{date}} asti.',
    note: 'Ammattilaisen viesti sinulle',
    itemNote: 'Ammattilaisen huomio',
    provider: 'Palvelun tuottaja: {{name}}',
    contacts: 'Yhteystiedot',
    phone: 'Puhelin',
    address: 'Käyntiosoite',
    map: 'Näytä kartalla: {{name}}',
    web: 'Verkkosivu',
    email: 'Sähköposti',
    gone: 'Tämä palvelu ei ole enää palvelutarjottimella. Kysy ammattilaiselta, mikä palvelu sen korvaa.',
    print: 'Tulosta',
    expiredTitle: 'Linkki on vanhentunut',
    expired: 'Linkki oli voimassa {{date}} asti. Jos tarvitset palvelusuosituksen uudelleen, ota yhteyttä ammattilaiseen, jonka kanssa asioit, tai etsi palveluja palvelutarjottimelta.',
    notFoundTitle: 'Linkkiä ei löytynyt',
    notFound: 'Tarkista, että kopioit koko linkin. Voit myös etsiä palveluja palvelutarjottimelta.',
    search: 'Siirry palvelutarjottimelle',
  },
});

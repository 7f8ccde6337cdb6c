import { describe, expect, it } from 'vitest';
import { isPersonalEmail, isPersonalPhone, redactPersonalEmails } from './contact-data';

describe('personal contact data', () => {
  it('recognises an employee’s firstname.lastname address but keeps functional ones', () => {
    expect(isPersonalEmail('maija.meikalainen@esimerkki.fi')).toBe(true);
    expect(isPersonalEmail('Anna-Liisa.Virtanen@espoo.fi')).toBe(true);
    expect(isPersonalEmail('info@esimerkki.fi')).toBe(false);
    expect(isPersonalEmail('perhe.neuvola@esimerkki.fi')).toBe(false);
    expect(isPersonalEmail('kirjaamo@esimerkki.fi')).toBe(false);
    expect(isPersonalEmail('asiakaspalvelu.espoo@esimerkki.fi')).toBe(false);
  });

  it('leaves out a mobile number labelled with a person, but not service lines', () => {
    expect(isPersonalPhone({ prefixNumber: '+358', number: '40 123 4567', labels: ['Psykologi Maija Meikäläinen'] })).toBe(true);
    expect(isPersonalPhone({ prefixNumber: '+358', number: '050 765 4321', labels: ['Sosiaaliohjaaja'] })).toBe(true);
    expect(isPersonalPhone({ prefixNumber: '+358', number: '40 123 4567', labels: ['Ajanvaraus'] })).toBe(false);
    expect(isPersonalPhone({ prefixNumber: '+358', number: '9 816 45285', labels: ['Maija Meikäläinen'] })).toBe(false);
    expect(isPersonalPhone({ number: '0800 12345', labels: ['Kriisipuhelin'], isFinnishServiceNumber: true })).toBe(false);
  });

  it('are removed from free text', () => {
    expect(redactPersonalEmails('Kysy: maija.meikalainen@esimerkki.fi tai neuvonta@esimerkki.fi.')).toBe('Kysy: … tai neuvonta@esimerkki.fi.');
  });
});

import type { AgreementLanguage, CareAgreementType } from '@luotsi/caregiving-domain';

type Localized = Record<AgreementLanguage, string>;

/**
 * Demo templates, one per agreement type, as a county's coordinators might write them (seed 000:
 * the county's professionals made the electronic agreement templates together). Fields in
 * {{double braces}} are filled from the agreement; the list is in @luotsi/caregiving-domain.
 */
export const demoAgreementTemplates: Record<CareAgreementType, { name: Localized; body: Localized }> = {
  'informal-care': {
    name: { fi: 'Omaishoitosopimus', sv: 'Avtal om närståendevård', en: 'Informal care agreement' },
    body: {
      fi: `Tämä {{agreementType}} on tehty omaishoitaja {{carerName}} ja hyvinvointialueen välillä. Hyvinvointialuetta edustaa {{unitName}} ({{serviceAreaName}}).

Hoidettava: {{caredPersonName}}

1. Sopimuksen tarkoitus
Omaishoitaja huolehtii hoidettavan hoidosta ja huolenpidosta kotona hoito- ja palvelusuunnitelman mukaisesti. Sopimus perustuu omaishoidon tuesta annettuun lakiin (937/2005). Omaishoitaja ei ole työsuhteessa hyvinvointialueeseen.

2. Hoitopalkkio
Hoitoisuusluokka on {{feeClass}} ja hoitopalkkio {{monthlyFee}} kuukaudessa. Palkkio maksetaan {{paymentSchedule}}. Palkkio tarkistetaan vuosittain lain mukaisella palkkakertoimella.

3. Vapaapäivät
Omaishoitajalla on oikeus {{daysOffPerMonth}} vapaapäivään kalenterikuukaudessa. Käyttämättömät vapaapäivät kertyvät hyvinvointialueen ohjeen mukaisesti.

4. Hoidon keskeytyminen
Jos hoito keskeytyy hoidettavan terveydentilasta johtuvasta syystä, palkkiota maksetaan lain ja hyvinvointialueen ohjeen mukaisen ajan. Muusta syystä keskeytyneeltä ajalta palkkiota ei makseta. Omaishoitaja ilmoittaa keskeytyksistä palkkiopalvelussa.

5. Voimassaolo
Sopimuksen voimassaolo: {{validFrom}} – {{validTo}}. Sopimus voidaan irtisanoa lain mukaisesti.`,
      sv: `Detta {{agreementType}} har ingåtts mellan närståendevårdaren {{carerName}} och välfärdsområdet. Välfärdsområdet företräds av {{unitName}} ({{serviceAreaName}}).

Den vårdade: {{caredPersonName}}

1. Avtalets syfte
Närståendevårdaren sköter vården och omsorgen om den vårdade i hemmet enligt vård- och serviceplanen. Avtalet grundar sig på lagen om stöd för närståendevård (937/2005). Närståendevårdaren står inte i anställningsförhållande till välfärdsområdet.

2. Vårdarvode
Vårdtyngdsklassen är {{feeClass}} och vårdarvodet {{monthlyFee}} per månad. Arvodet betalas {{paymentSchedule}}. Arvodet justeras årligen med lönekoefficienten enligt lag.

3. Lediga dagar
Närståendevårdaren har rätt till {{daysOffPerMonth}} lediga dagar per kalendermånad. Outnyttjade lediga dagar sparas enligt välfärdsområdets anvisning.

4. Avbrott i vården
Om vården avbryts av skäl som beror på den vårdades hälsotillstånd betalas arvodet under den tid som lagen och välfärdsområdets anvisning anger. För avbrott av andra skäl betalas inget arvode. Närståendevårdaren anmäler avbrott i arvodestjänsten.

5. Giltighet
Avtalet gäller {{validFrom}} – {{validTo}}. Avtalet kan sägas upp enligt lag.`,
      en: `This {{agreementType}} is made between the informal carer {{carerName}} and the wellbeing services county, represented by {{unitName}} ({{serviceAreaName}}).

Cared person: {{caredPersonName}}

1. Purpose
The carer looks after the cared person at home according to the care and service plan. The agreement is based on the Act on Support for Informal Care (937/2005). The carer is not an employee of the county.

2. Care fee
The fee class is {{feeClass}} and the care fee {{monthlyFee}} per month. The fee is paid {{paymentSchedule}}. It is revised every year with the statutory wage coefficient.

3. Days off
The carer is entitled to {{daysOffPerMonth}} days off per calendar month. Unused days off accrue according to the county's instructions.

4. Interruptions
If care is interrupted for reasons of the cared person's health, the fee is paid for the period set by law and the county's instructions. No fee is paid for an interruption for any other reason. The carer reports interruptions in the caregiver portal.

5. Validity
The agreement is valid {{validFrom}} – {{validTo}}. It may be terminated as provided by law.`,
    },
  },
  'family-care': {
    name: { fi: 'Perhehoidon toimeksiantosopimus', sv: 'Uppdragsavtal för familjevård', en: 'Family care commission agreement' },
    body: {
      fi: `Tämä {{agreementType}} on tehty perhehoitaja {{carerName}} ja hyvinvointialueen välillä. Hyvinvointialuetta edustaa {{unitName}} ({{serviceAreaName}}).

Perhehoidossa oleva henkilö: {{caredPersonName}}

Perhehoitaja hoitaa perhehoidossa olevaa henkilöä omassa kodissaan perhehoitolain (263/2015) ja asiakassuunnitelman mukaisesti. Perhehoitaja ei ole työsuhteessa hyvinvointialueeseen.

Hoitopalkkio on {{monthlyFee}} kuukaudessa, ja se maksetaan {{paymentSchedule}}. Kulukorvaukset maksetaan erikseen ilmoitettujen kulujen mukaan.

Perhehoitajalla on oikeus {{daysOffPerMonth}} vapaapäivään kalenterikuukaudessa.

Sopimuksen voimassaolo: {{validFrom}} – {{validTo}}.`,
      sv: `Detta {{agreementType}} har ingåtts mellan familjevårdaren {{carerName}} och välfärdsområdet. Välfärdsområdet företräds av {{unitName}} ({{serviceAreaName}}).

Personen i familjevård: {{caredPersonName}}

Familjevårdaren vårdar personen i sitt eget hem enligt familjevårdslagen (263/2015) och klientplanen. Familjevårdaren står inte i anställningsförhållande till välfärdsområdet.

Vårdarvodet är {{monthlyFee}} per månad och betalas {{paymentSchedule}}. Kostnadsersättningar betalas separat enligt anmälda kostnader.

Familjevårdaren har rätt till {{daysOffPerMonth}} lediga dagar per kalendermånad.

Avtalet gäller {{validFrom}} – {{validTo}}.`,
      en: `This {{agreementType}} is made between the family carer {{carerName}} and the wellbeing services county, represented by {{unitName}} ({{serviceAreaName}}).

Person in family care: {{caredPersonName}}

The family carer cares for the person in their own home according to the Family Care Act (263/2015) and the client plan. The family carer is not an employee of the county.

The care fee is {{monthlyFee}} per month, paid {{paymentSchedule}}. Expenses are reimbursed separately as reported.

The family carer is entitled to {{daysOffPerMonth}} days off per calendar month.

The agreement is valid {{validFrom}} – {{validTo}}.`,
    },
  },
  'support-person': {
    name: { fi: 'Tukihenkilösopimus', sv: 'Avtal om stödperson', en: 'Support person agreement' },
    body: {
      fi: `Tämä {{agreementType}} on tehty tukihenkilö {{carerName}} ja hyvinvointialueen ({{unitName}}, {{serviceAreaName}}) välillä.

Tuettava: {{caredPersonName}}

Tukihenkilö tapaa tuettavaa sovitusti ja tukee tätä arjessa. Tukihenkilö noudattaa vaitiolovelvollisuutta.

Palkkio on {{perTaskFee}} tapaamiskerralta, ja se maksetaan {{paymentSchedule}}.

Sopimuksen voimassaolo: {{validFrom}} – {{validTo}}.`,
      sv: `Detta {{agreementType}} har ingåtts mellan stödpersonen {{carerName}} och välfärdsområdet ({{unitName}}, {{serviceAreaName}}).

Den som får stöd: {{caredPersonName}}

Stödpersonen träffar den som får stöd enligt överenskommelse och stöder hen i vardagen. Stödpersonen iakttar tystnadsplikt.

Arvodet är {{perTaskFee}} per träff och betalas {{paymentSchedule}}.

Avtalet gäller {{validFrom}} – {{validTo}}.`,
      en: `This {{agreementType}} is made between the support person {{carerName}} and the wellbeing services county ({{unitName}}, {{serviceAreaName}}).

Person supported: {{caredPersonName}}

The support person meets the person supported as agreed and supports them in everyday life, and keeps what they learn confidential.

The fee is {{perTaskFee}} per meeting, paid {{paymentSchedule}}.

The agreement is valid {{validFrom}} – {{validTo}}.`,
    },
  },
  'support-family': {
    name: { fi: 'Tukiperhesopimus', sv: 'Avtal om stödfamilj', en: 'Support family agreement' },
    body: {
      fi: `Tämä {{agreementType}} on tehty tukiperheen puolesta {{carerName}} ja hyvinvointialueen ({{unitName}}, {{serviceAreaName}}) välillä.

Tukiperheessä käyvä lapsi: {{caredPersonName}}

Tukiperhe ottaa lapsen luokseen sovittuina viikonloppuina ja lomina. Tukiperhe noudattaa vaitiolovelvollisuutta.

Palkkio on {{perDayFee}} hoitovuorokaudelta, ja se maksetaan {{paymentSchedule}}.

Sopimuksen voimassaolo: {{validFrom}} – {{validTo}}.`,
      sv: `Detta {{agreementType}} har ingåtts för stödfamiljen av {{carerName}} och välfärdsområdet ({{unitName}}, {{serviceAreaName}}).

Barnet som vistas i stödfamiljen: {{caredPersonName}}

Stödfamiljen tar emot barnet under överenskomna veckoslut och lov. Stödfamiljen iakttar tystnadsplikt.

Arvodet är {{perDayFee}} per vårddygn och betalas {{paymentSchedule}}.

Avtalet gäller {{validFrom}} – {{validTo}}.`,
      en: `This {{agreementType}} is made on behalf of the support family by {{carerName}} and the wellbeing services county ({{unitName}}, {{serviceAreaName}}).

Child staying with the support family: {{caredPersonName}}

The support family has the child stay with them on agreed weekends and holidays, and keeps what they learn confidential.

The fee is {{perDayFee}} per day of care, paid {{paymentSchedule}}.

The agreement is valid {{validFrom}} – {{validTo}}.`,
    },
  },
  'experience-expert': {
    name: { fi: 'Kokemusasiantuntijan palkkiosopimus', sv: 'Arvodesavtal för erfarenhetsexpert', en: 'Experience expert fee agreement' },
    body: {
      fi: `Tämä {{agreementType}} on tehty kokemusasiantuntija {{carerName}} ja hyvinvointialueen ({{unitName}}, {{serviceAreaName}}) välillä.

Kokemusasiantuntija osallistuu palvelujen kehittämiseen, koulutuksiin ja vertaistukeen erikseen sovittavin tehtävin. Kokemusasiantuntija ei ole työsuhteessa hyvinvointialueeseen.

Palkkio on {{perTaskFee}} tehtävältä, ja se maksetaan {{paymentSchedule}}.

Sopimuksen voimassaolo: {{validFrom}} – {{validTo}}.`,
      sv: `Detta {{agreementType}} har ingåtts mellan erfarenhetsexperten {{carerName}} och välfärdsområdet ({{unitName}}, {{serviceAreaName}}).

Erfarenhetsexperten deltar i utvecklingen av tjänster, i utbildningar och i kamratstöd genom uppdrag som avtalas separat. Erfarenhetsexperten står inte i anställningsförhållande till välfärdsområdet.

Arvodet är {{perTaskFee}} per uppdrag och betalas {{paymentSchedule}}.

Avtalet gäller {{validFrom}} – {{validTo}}.`,
      en: `This {{agreementType}} is made between the experience expert {{carerName}} and the wellbeing services county ({{unitName}}, {{serviceAreaName}}).

The experience expert takes part in developing services, in training and in peer support through tasks agreed separately. The experience expert is not an employee of the county.

The fee is {{perTaskFee}} per task, paid {{paymentSchedule}}.

The agreement is valid {{validFrom}} – {{validTo}}.`,
    },
  },
  'substitute-care': {
    name: { fi: 'Sijaishoidon toimeksiantosopimus', sv: 'Uppdragsavtal för avlösarvård', en: 'Substitute care commission agreement' },
    body: {
      fi: `Tämä {{agreementType}} on tehty sijaishoitaja {{carerName}} ja hyvinvointialueen ({{unitName}}, {{serviceAreaName}}) välillä omaishoitolain 4 a §:n mukaisesti.

Sijaishoitaja hoitaa hoidettavaa omaishoitajan vapaapäivien aikana erikseen sovittavina päivinä. Sijaishoitaja ei ole työsuhteessa hyvinvointialueeseen.

Palkkio on {{perDayFee}} hoitovuorokaudelta, ja se maksetaan {{paymentSchedule}}.

Sopimuksen voimassaolo: {{validFrom}} – {{validTo}}.`,
      sv: `Detta {{agreementType}} har ingåtts mellan avlösaren {{carerName}} och välfärdsområdet ({{unitName}}, {{serviceAreaName}}) enligt 4 a § i lagen om stöd för närståendevård.

Avlösaren vårdar den vårdade under närståendevårdarens lediga dagar, på dagar som avtalas separat. Avlösaren står inte i anställningsförhållande till välfärdsområdet.

Arvodet är {{perDayFee}} per vårddygn och betalas {{paymentSchedule}}.

Avtalet gäller {{validFrom}} – {{validTo}}.`,
      en: `This {{agreementType}} is made between the substitute carer {{carerName}} and the wellbeing services county ({{unitName}}, {{serviceAreaName}}) under section 4 a of the Act on Support for Informal Care.

The substitute carer looks after the cared person during the informal carer's days off, on days agreed separately. The substitute carer is not an employee of the county.

The fee is {{perDayFee}} per day of care, paid {{paymentSchedule}}.

The agreement is valid {{validFrom}} – {{validTo}}.`,
    },
  },
};

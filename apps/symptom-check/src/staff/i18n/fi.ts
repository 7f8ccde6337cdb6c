import { defineTexts } from '@luotsi/i18n';

/** Texts of the staff pages only: a resident never downloads them (see module.ts). */
export const fi = defineTexts({
  nav: { contactRequests: 'Yhteydenottopyynnöt' },
  contactRequests: {
    title: 'Yhteydenottopyynnöt',
    intro: 'Yksikköösi tulleet pyynnöt asukkailta, jotka ovat tehneet oirearvion. Käsittele kiireellisimmät ensin.',
    caption: 'Avoimet yhteydenottopyynnöt, kiireellisin ensin',
    count_one: '{{count}} avoin pyyntö',
    count_other: '{{count}} avointa pyyntöä',
    urgency: 'Kiireellisyys',
    assessment: 'Arvio',
    received: 'Saapunut',
    status: 'Tila',
    unit: 'Yksikkö',
    empty: 'Ei avoimia yhteydenottopyyntöjä.',
    statuses: { new: 'Uusi', 'in-progress': 'Työn alla', handled: 'Käsitelty', unknown: 'Tuntematon tila ({{id}})' },
  },
  urgency: {
    emergency: 'Hätätilanne – soita 112',
    'emergency-department': 'Päivystykseen tänään',
    'same-day': 'Terveysasemalle tänään',
    'within-days': '1–3 päivän kuluessa',
    'non-urgent': 'Kiireetön',
    'self-care': 'Omahoito',
    unknown: 'Tuntematon kiireellisyys ({{id}})',
  },
});

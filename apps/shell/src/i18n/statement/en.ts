import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  title: 'Accessibility statement',
  intro: 'This accessibility statement concerns the Luotsi online services of the Example Wellbeing Services County. It was drawn up on {{date}}. The service is covered by the Act on the Provision of Digital Services (306/2019), which requires public online services to be accessible.',
  statusTitle: 'Accessibility of the service',
  status: 'The service partially meets the level A and AA requirements of WCAG 2.1. The shortcomings are listed below.',
  issuesTitle: 'Content that is not accessible',
  issueContent: 'Some content from the database (for example service descriptions of organisations) is only available in Finnish. We then show a note about the language of the content.',
  issueTesting: 'The service has been tested automatically with the axe tool and manually with a keyboard. Screen reader testing has not been done yet.',
  assessmentTitle: 'How accessibility was assessed',
  assessment: 'The assessment was made by the development team of the service. Every page is checked automatically in three languages on every change.',
  feedbackTitle: 'Give feedback on accessibility',
  feedback: 'Did you notice an accessibility problem? Tell us. We will reply within 14 days.',
  feedbackEmail: 'E-mail: saavutettavuus@esimerkki-hyvinvointialue.fi',
  feedbackPhone: 'Phone: 09 123 4567',
  enforcementTitle: 'Supervisory authority',
  enforcement: 'If you notice accessibility problems, first give feedback to us. If you are not satisfied with the reply or get no reply within two weeks, you can notify the Regional State Administrative Agency for Southern Finland.',
  enforcementContact: 'Regional State Administrative Agency for Southern Finland, Accessibility Monitoring Unit, www.webaccessibility.fi, saavutettavuus@avi.fi, phone (switchboard) 0295 016 000.',};

import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  county: { name: 'Example Wellbeing Services County', portal: 'Luotsi – online services' },
  skipToContent: 'Skip to content',
  nav: { label: 'Main menu', home: 'Home', staffHome: 'Desk' },
  language: { label: 'Language' },
  session: {
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: 'Signed in: {{name}}',
    staffSignIn: 'Sign in as staff',
  },
  home: {
    title: 'Welcome to the online services of the Example Wellbeing Services County',
    intro: 'Find services, check your symptoms, ask for help and manage your matters in one place.',
    services: 'Services',
    emergency: 'In an emergency, call 112.',
  },
  staffHome: {
    title: 'Desk',
    intro: 'Choose a tool. You see the services you have access to.',
    nothing: 'You do not have access to any service yet. Contact the administrator.',
  },
  staffSignIn: {
    title: 'Staff sign-in',
    body: 'Employees of the wellbeing services county sign in with their organisation account.',
  },
  signInRequired: {
    title: 'Sign in',
    body: 'This page contains personal information. Identify yourself with online banking codes, a mobile certificate or a certificate card.',
  },
  forbidden: { title: 'No access', body: 'You do not have access to this service. If you need it for your work, contact your manager.' },
  notFound: { title: 'Page not found', body: 'Check the address or go back to the home page.', backHome: 'To the home page' },
  unavailable: {
    title: 'This service is not available right now',
    body: 'The other services work normally. Please try again in a moment.',
    retry: 'Try again',
  },
  loading: 'Loading…',
  footer: {
    accessibility: 'Accessibility statement',
    contact: 'Contact: advice line 09 123 4567 (weekdays 8–16)',
  },

  documentTitle: '{{page}} – Example Wellbeing Services County',
};

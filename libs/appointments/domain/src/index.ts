export * from './booking';
export * from './absences';
export * from './statistics';
export * from './calendar-entry';
export * from './series';
export * from './contact-mode';

export * from './roles';
export * from './personal-identity-code';
export * from './guardianship';
export * from './personas';
export * from './preferences';

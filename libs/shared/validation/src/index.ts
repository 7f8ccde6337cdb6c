export * from './field-errors';
export * from './text';

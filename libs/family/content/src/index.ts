export * from './vocabulary';
export * from './article';
export { markdownProblems, parseFrontMatter, wordCount } from './markdown';

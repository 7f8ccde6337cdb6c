export * from './vocabulary';
export * from './article';
export { markdownProblems, parseFrontMatter, parseInline, parseMarkdownBlocks, wordCount, type Block, type Inline } from './markdown';

import { Fragment } from 'react';
import { parseMarkdownBlocks, type Inline } from '@luotsi/family-content';

function InlineText({ content }: { content: Inline[] }) {
  return (
    <>
      {content.map((part, i) =>
        part.kind === 'bold' ? (
          <strong key={i}>{part.text}</strong>
        ) : part.kind === 'link' ? (
          <a key={i} href={part.href} {...(part.href.startsWith('https:') ? { rel: 'noopener noreferrer' } : {})}>
            {part.text}
          </a>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}

/** An article body: React elements from the article Markdown subset, never an HTML string. */
export function ArticleBody({ markdown }: { markdown: string }) {
  return (
    <>
      {parseMarkdownBlocks(markdown).map((block, i) => {
        if (block.kind === 'heading')
          return block.level === 2 ? (
            <h2 key={i}>
              <InlineText content={block.content} />
            </h2>
          ) : (
            <h3 key={i}>
              <InlineText content={block.content} />
            </h3>
          );
        if (block.kind === 'list') {
          const items = block.items.map((item, j) => (
            <li key={j}>
              <InlineText content={item} />
            </li>
          ));
          return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
        }
        return (
          <p key={i}>
            <InlineText content={block.content} />
          </p>
        );
      })}
    </>
  );
}

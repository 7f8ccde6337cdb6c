/**
 * Front matter and Markdown checks for article files. Deliberately small: the articles use a
 * narrow Markdown subset (## and ### headings, "-" and "1." lists, **bold**, https/tel links), and
 * anything outside it is reported so a writer sees the mistake before readers do.
 */

export interface FrontMatterDocument {
  fields: Record<string, string>;
  body: string;
}

/** Splits `---`-fenced `key: value` lines from the Markdown body. Throws a plain message on errors. */
export function parseFrontMatter(
  text: string,
  allowedKeys: readonly string[],
): FrontMatterDocument {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  if (!normalized.startsWith('---\n'))
    throw new Error('front matter must start on the first line with ---');
  const end = normalized.indexOf('\n---\n', 3);
  if (end < 0) throw new Error('front matter is not closed with a --- line');
  const fields: Record<string, string> = {};
  const lines = normalized.slice(4, end).split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const match = /^([a-zA-Z][\w-]*):\s*(.*)$/.exec(line);
    if (!match) throw new Error(`front matter line ${index + 2} is not "key: value": ${line}`);
    const key = match[1] as string;
    let value = (match[2] as string).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"'))
      value = value.slice(1, -1).trim();
    if (!allowedKeys.includes(key))
      throw new Error(`unknown front matter key "${key}" (allowed: ${allowedKeys.join(', ')})`);
    if (key in fields) throw new Error(`front matter key "${key}" appears twice`);
    if (value === '') throw new Error(`front matter key "${key}" is empty`);
    fields[key] = value;
  });
  return { fields, body: normalized.slice(end + 5).trim() };
}

const linkPattern = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;

/** Problems with an article body's Markdown, one readable sentence each; empty when well-formed. */
export function markdownProblems(body: string): string[] {
  const problems: string[] = [];
  let previousLevel = 1; // the title (front matter) is the page's h1
  let inList: 'bullet' | 'numbered' | null = null;
  body.split('\n').forEach((line, index) => {
    const at = `line ${index + 1}`;
    const heading = /^(#+)(\s*)(.*)$/.exec(line);
    if (heading) {
      const level = (heading[1] as string).length;
      if (level === 1)
        problems.push(`${at}: a level-1 heading; the title comes from the front matter`);
      else if (level > 3) problems.push(`${at}: heading deeper than ###`);
      if (heading[2] === '') problems.push(`${at}: heading needs a space after #`);
      if ((heading[3] as string).trim() === '') problems.push(`${at}: empty heading`);
      if (level > previousLevel + 1)
        problems.push(`${at}: heading jumps from level ${previousLevel} to ${level}`);
      previousLevel = level;
    }
    if (/^\s*[*+]\s/.test(line)) problems.push(`${at}: use "- " for bullet lists`);
    if (/^\s*-\S/.test(line) && !/^\s*---/.test(line))
      problems.push(`${at}: a list item needs a space after -`);
    const kind = /^- /.test(line) ? 'bullet' : /^\d+\. /.test(line) ? 'numbered' : null;
    if (kind && inList && kind !== inList)
      problems.push(`${at}: bullet and numbered items mixed in one list`);
    inList = kind ?? (line.trim() === '' ? null : inList);
    if (/<\/?[a-zA-Z][^>]*>/.test(line)) problems.push(`${at}: raw HTML is not allowed`);
    const links = [...line.matchAll(linkPattern)];
    for (const link of links) {
      const url = link[2] as string;
      if (!/^https:\/\/[^\s]+\.[a-z]{2,}/.test(url) && !/^tel:\+?\d+$/.test(url))
        problems.push(`${at}: link target must be https:// or tel:, got ${url}`);
    }
    if ((line.match(/\]\(/g) ?? []).length !== links.length) problems.push(`${at}: malformed link`);
    if ((line.match(/\*\*/g) ?? []).length % 2 !== 0) problems.push(`${at}: unbalanced ** (bold)`);
  });
  if (!/^##\s/m.test(body)) problems.push('the body has no ## headings; long text needs sections');
  return problems;
}

/** Words in a text, for the writers' length guideline. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A piece of inline text: plain, bold or a link (https or tel only, as markdownProblems checks). */
export type Inline = { kind: 'text'; text: string } | { kind: 'bold'; text: string } | { kind: 'link'; text: string; href: string };

/** A block of an article body, for rendering without HTML strings (no injection possible). */
export type Block =
  | { kind: 'heading'; level: 2 | 3; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] };

/** Bold and links of one line; anything else stays text. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /\*\*([^*]+)\*\*|\[([^\]\n]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ kind: 'text', text: text.slice(last, at) });
    if (m[1] !== undefined) out.push({ kind: 'bold', text: m[1] });
    else {
      const href = m[3] as string;
      const safe = /^https:\/\//.test(href) || /^tel:\+?\d+$/.test(href);
      out.push(safe ? { kind: 'link', text: m[2] as string, href } : { kind: 'text', text: m[2] as string });
    }
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/** The article subset of Markdown as blocks: ##/### headings, "-" and "1." lists, paragraphs. */
export function parseMarkdownBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: Inline[][] } | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', content: parseInline(paragraph.join(' ')) });
    paragraph = [];
    if (list) blocks.push({ kind: 'list', ...list });
    list = null;
  };
  for (const raw of body.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const heading = /^(#{2,3})\s+(.*)$/.exec(line);
    const bullet = /^-\s+(.*)$/.exec(line);
    const numbered = /^\d+\.\s+(.*)$/.exec(line);
    if (line === '') flush();
    else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: (heading[1] as string).length as 2 | 3, content: parseInline(heading[2] as string) });
    } else if (bullet || numbered) {
      const ordered = Boolean(numbered);
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(parseInline(((bullet ?? numbered) as RegExpExecArray)[1] as string));
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

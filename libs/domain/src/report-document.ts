/**
 * A report as a document model: headings, paragraphs, lists and tables, with no markup of any output format. The api
 * renders it to HTML, Markdown and DOCX, one small renderer each; Markdown written by people (commitment fields,
 * progress updates, narrative sections) is parsed into the same blocks here, so no renderer ever sees raw text markup.
 */

export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

export interface ListItem {
  spans: Span[];
  children: ListItem[];
}

export interface TableCell {
  blocks: ReportBlock[];
  /** A header cell: the column heads, or the label of a row. */
  header?: boolean;
  rowSpan?: number;
}

export type ReportBlock =
  /** The table of contents: the report's parts, or a field Word fills in. */
  | { kind: 'contents'; title: string }
  /** Level 1 is a part of the report (I … V, the appendix); 2 and 3 are sections within it. */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id: string; pageBreakBefore?: boolean }
  | { kind: 'paragraph'; spans: Span[]; tone?: 'note' | 'muted' }
  | { kind: 'list'; items: ListItem[] }
  /**
   * `form` tables are OGP's template: a label and its value per row. `rows` exclude the head row; a cell covered by a
   * rowSpan above it is simply absent from its row.
   */
  | { kind: 'table'; caption: string; head: string[] | null; rows: TableCell[][]; form?: boolean };

export interface ReportDocument {
  lang: string;
  title: string;
  subtitle: string;
  blocks: ReportBlock[];
}

export const text = (value: string): Span => ({ text: value });
export const paragraph = (...spans: (Span | string)[]): ReportBlock => ({ kind: 'paragraph', spans: spans.map((s) => (typeof s === 'string' ? text(s) : s)) });
export const cell = (value: string | ReportBlock[], options: Omit<TableCell, 'blocks'> = {}): TableCell => ({
  blocks: typeof value === 'string' ? (value ? [paragraph(value)] : []) : value,
  ...options,
});

/** The plain text of spans, for tests and for formats without inline styles. */
export function plainText(spans: readonly Span[]): string {
  return spans.map((span) => span.text).join('');
}

const LIST_ITEM = /^(\s*)(?:[-*+•]|\d+[.)])\s+(.*)$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const HEADING = /^#{1,6}\s+(.*)$/;

/**
 * The Markdown people write in the forum, as blocks: paragraphs, nested lists, pipe tables and headings (which become
 * bold paragraphs, so that they cannot break the report's own outline). Inline: **bold**, *italic*, [links](https://…)
 * and `code` as plain text. Anything else stays the text it is: a renderer escapes it, so nothing can inject markup.
 */
export function markdownBlocks(markdown: string, tableCaption = ''): ReportBlock[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: ReportBlock[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index];
    if (!line.trim()) {
      index += 1;
    } else if (TABLE_ROW.test(line) && TABLE_RULE.test(lines[index + 1] ?? '')) {
      const rows: string[][] = [];
      const head = tableCells(line);
      index += 2;
      while (index < lines.length && TABLE_ROW.test(lines[index])) rows.push(tableCells(lines[index++]));
      blocks.push({ kind: 'table', caption: tableCaption, head, rows: rows.map((row) => row.map((value) => ({ blocks: [{ kind: 'paragraph', spans: inlineSpans(value) }] }))) });
    } else if (LIST_ITEM.test(line)) {
      const items: { indent: number; text: string }[] = [];
      while (index < lines.length && lines[index].trim()) {
        const match = LIST_ITEM.exec(lines[index]);
        if (match) items.push({ indent: match[1].replace(/\t/g, '  ').length, text: match[2] });
        // A line that continues the item above it.
        else if (items.length) items[items.length - 1].text += ` ${lines[index].trim()}`;
        index += 1;
      }
      blocks.push({ kind: 'list', items: nest(items) });
    } else {
      const heading = HEADING.exec(line);
      if (heading) {
        blocks.push({ kind: 'paragraph', spans: inlineSpans(heading[1]).map((span) => ({ ...span, bold: true })) });
        index += 1;
        continue;
      }
      const joined: string[] = [];
      while (index < lines.length && lines[index].trim() && !LIST_ITEM.test(lines[index]) && !HEADING.test(lines[index]) && !TABLE_ROW.test(lines[index])) {
        joined.push(lines[index].trim());
        index += 1;
      }
      blocks.push({ kind: 'paragraph', spans: inlineSpans(joined.join(' ')) });
    }
  }
  return blocks;
}

function tableCells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((value) => value.trim());
}

/** Items with their indentation, as a tree: deeper indentation is a child of the item above. */
function nest(flat: { indent: number; text: string }[]): ListItem[] {
  const root: ListItem[] = [];
  const stack: { indent: number; children: ListItem[] }[] = [{ indent: -1, children: root }];
  for (const { indent, text: value } of flat) {
    while (stack.length > 1 && indent <= stack[stack.length - 1].indent) stack.pop();
    const item: ListItem = { spans: inlineSpans(value), children: [] };
    stack[stack.length - 1].children.push(item);
    stack.push({ indent, children: item.children });
  }
  return root;
}

const INLINE = /\*\*(.+?)\*\*|\*(\S(?:.*?\S)?)\*|\[([^\]]+)\]\(([^)\s]+)\)|`([^`]+)`|<(https?:\/\/[^>\s]+)>/g;

/** Inline Markdown as spans. Only http(s) and mailto links stay links; any other target is dropped, its text kept. */
export function inlineSpans(value: string): Span[] {
  const spans: Span[] = [];
  let last = 0;
  for (const match of value.matchAll(INLINE)) {
    if (match.index > last) spans.push(text(value.slice(last, match.index)));
    const [, bold, italic, linkText, href, code, autolink] = match;
    if (bold) spans.push(...inlineSpans(bold).map((span) => ({ ...span, bold: true })));
    else if (italic) spans.push(...inlineSpans(italic).map((span) => ({ ...span, italic: true })));
    else if (linkText) spans.push(safeHref(href) ? { text: linkText, href } : text(linkText));
    else if (code) spans.push(text(code));
    else if (autolink) spans.push({ text: autolink, href: autolink });
    last = match.index + match[0].length;
  }
  if (last < value.length) spans.push(text(value.slice(last)));
  return spans.length ? spans : [text('')];
}

function safeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(href);
}

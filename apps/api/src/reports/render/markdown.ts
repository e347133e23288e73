import type { ListItem, ReportBlock, ReportDocument, Span, TableCell } from '@ogp-forum/domain';

/** Characters that would otherwise be read as Markdown. */
const escape = (value: string) => value.replace(/([\\`*_[\]<>|#])/g, '\\$1');

function spans(list: readonly Span[]): string {
  return list
    .map((span) => {
      if (!span.text) return '';
      let md = escape(span.text);
      if (span.bold) md = `**${md}**`;
      if (span.italic) md = `*${md}*`;
      return span.href ? `[${md}](${span.href.replace(/[()\s]/g, encodeURIComponent)})` : md;
    })
    .join('');
}

function list(items: readonly ListItem[], depth = 0): string {
  return items.map((item) => `${'  '.repeat(depth)}- ${spans(item.spans)}\n${list(item.children, depth + 1)}`).join('');
}

/** A table cell is one line: paragraphs and list items joined by line breaks. */
function inline(c: TableCell): string {
  const flat = (items: readonly ListItem[], depth: number): string[] => items.flatMap((i) => [`${'\u00a0\u00a0'.repeat(depth)}• ${spans(i.spans)}`, ...flat(i.children, depth + 1)]);
  return c.blocks.flatMap((b) => (b.kind === 'paragraph' ? [spans(b.spans)] : b.kind === 'list' ? flat(b.items, 0) : [])).join('<br>');
}

function block(b: ReportBlock, document: ReportDocument): string {
  switch (b.kind) {
    case 'contents': {
      const parts = document.blocks.filter((p): p is Extract<ReportBlock, { kind: 'heading' }> => p.kind === 'heading' && p.level === 1);
      return `## ${escape(b.title)}\n\n${parts.map((p) => `- ${escape(p.text)}`).join('\n')}\n`;
    }
    case 'heading':
      return `${'#'.repeat(b.level + 1)} ${escape(b.text)}\n`;
    case 'paragraph':
      return `${b.tone === 'note' || b.tone === 'muted' ? `*${spans(b.spans)}*` : spans(b.spans)}\n`;
    case 'list':
      return list(b.items);
    case 'table':
      // OGP's template reads better as labelled paragraphs than as a two-column Markdown table.
      if (b.form) return b.rows.map(([label, value]) => `**${inline(label)}**\n\n${value.blocks.map((v) => block(v, document)).join('\n')}`).join('\n');
      return tableMarkdown(b);
  }
}

function tableMarkdown(b: Extract<ReportBlock, { kind: 'table' }>): string {
  const width = b.head?.length ?? Math.max(...b.rows.map((row) => row.length));
  // Markdown has no row spans: a spanned cell is repeated as empty cells in the rows it covers.
  const pending: number[] = Array(width).fill(0);
  const lines = b.rows.map((row) => {
    const cells: string[] = [];
    const queue = [...row];
    for (let column = 0; column < width; column += 1) {
      if (pending[column] > 0) {
        pending[column] -= 1;
        cells.push('');
        continue;
      }
      const next = queue.shift();
      if (next?.rowSpan && next.rowSpan > 1) pending[column] = next.rowSpan - 1;
      cells.push(next ? inline(next) : '');
    }
    return `| ${cells.join(' | ')} |`;
  });
  const head = b.head ?? Array(width).fill('');
  return `*${escape(b.caption)}*\n\n| ${head.map(escape).join(' | ')} |\n|${' --- |'.repeat(width)}\n${lines.join('\n')}\n`;
}

/** The report as Markdown (CommonMark with pipe tables), for wikis, repositories and diffs between versions. */
export function renderMarkdown(document: ReportDocument): string {
  return `# ${escape(document.title)}\n\n*${escape(document.subtitle)}*\n\n${document.blocks.map((b) => block(b, document)).join('\n')}`;
}

import type { ListItem, ReportBlock, ReportDocument, Span, TableCell } from '@ogp-forum/domain';
import escape from 'escape-html';

/** Screen and print: A4 margins, each part of the report on a new page, tables that do not split a row. */
const STYLE = `
body { font-family: system-ui, "Malgun Gothic", "Apple SD Gothic Neo", "Noto Sans KR", sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; } h2 { font-size: 1.45rem; margin-top: 2.5rem; } h3 { font-size: 1.2rem; } h4 { font-size: 1.05rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid #888; padding: 0.35rem 0.5rem; vertical-align: top; text-align: left; }
thead th, table.form th { background: #eef1f5; }
table.form th { width: 28%; }
td p, th p { margin: 0 0 0.4rem; } td ul, th ul { margin: 0; padding-left: 1.2rem; }
.subtitle, .muted { color: #555; } .note { font-style: italic; color: #444; }
nav.contents ol { list-style: none; padding-left: 0; }
a { color: #0b4f9c; }
@page { size: A4; margin: 20mm 18mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  .page-break { break-before: page; }
  h2, h3, h4, caption { break-after: avoid; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}`;

function spans(list: readonly Span[]): string {
  return list
    .map((span) => {
      let html = escape(span.text);
      if (span.bold) html = `<strong>${html}</strong>`;
      if (span.italic) html = `<em>${html}</em>`;
      return span.href ? `<a href="${escape(span.href)}">${html}</a>` : html;
    })
    .join('');
}

function list(items: readonly ListItem[]): string {
  return `<ul>${items.map((item) => `<li>${spans(item.spans)}${item.children.length ? list(item.children) : ''}</li>`).join('')}</ul>`;
}

function cell(c: TableCell, scope: 'row' | 'col' | 'rowgroup'): string {
  const span = c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '';
  const content = c.blocks.map(block).join('');
  return c.header ? `<th scope="${c.rowSpan && c.rowSpan > 1 ? 'rowgroup' : scope}"${span}>${content}</th>` : `<td${span}>${content}</td>`;
}

function contents(document: ReportDocument, title: string): string {
  const parts = document.blocks.filter((b): b is Extract<ReportBlock, { kind: 'heading' }> => b.kind === 'heading' && b.level === 1);
  return `<nav class="contents" aria-labelledby="contents"><h2 id="contents">${escape(title)}</h2><ol>${parts.map((p) => `<li><a href="#${escape(p.id)}">${escape(p.text)}</a></li>`).join('')}</ol></nav>`;
}

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'contents':
      return '';
    case 'heading': {
      // The document's title is the page's h1; the report's parts are h2 and their sections below.
      const tag = `h${b.level + 1}`;
      return `<${tag} id="${escape(b.id)}"${b.pageBreakBefore ? ' class="page-break"' : ''}>${escape(b.text)}</${tag}>`;
    }
    case 'paragraph':
      return `<p${b.tone ? ` class="${b.tone}"` : ''}>${spans(b.spans)}</p>`;
    case 'list':
      return list(b.items);
    case 'table': {
      const head = b.head ? `<thead><tr>${b.head.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead>` : '';
      const rows = b.rows.map((row) => `<tr>${row.map((c) => cell(c, 'row')).join('')}</tr>`).join('');
      return `<table${b.form ? ' class="form"' : ''}><caption>${escape(b.caption)}</caption>${head}<tbody>${rows}</tbody></table>`;
    }
  }
}

/** The report as one standalone HTML page that reads on screen and prints cleanly. */
export function renderHtml(document: ReportDocument): string {
  const body = document.blocks.map((b) => (b.kind === 'contents' ? contents(document, b.title) : block(b))).join('\n');
  return `<!doctype html>
<html lang="${escape(document.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(document.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escape(document.title)}</h1>
<p class="subtitle">${escape(document.subtitle)}</p>
${body}
</main>
</body>
</html>
`;
}

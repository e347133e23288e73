import type { ListItem, ReportBlock, ReportDocument, Span, TableCell as CellModel } from '@ogp-forum/domain';
import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const HEADER_SHADING = { type: ShadingType.CLEAR, fill: 'EEF1F5', color: 'auto' };

function runs(spans: readonly Span[], options: { italics?: boolean } = {}): ParagraphChild[] {
  return spans.map((span) => {
    const italics = span.italic || options.italics;
    const run = new TextRun({ text: span.text, ...(span.bold ? { bold: true } : {}), ...(italics ? { italics } : {}), ...(span.href ? { style: 'Hyperlink' } : {}) });
    return span.href ? new ExternalHyperlink({ link: span.href, children: [run] }) : run;
  });
}

function list(items: readonly ListItem[], level = 0): Paragraph[] {
  return items.flatMap((item) => [new Paragraph({ bullet: { level }, children: runs(item.spans) }), ...list(item.children, level + 1)]);
}

function cell(model: CellModel, headerRow: boolean): TableCell {
  const children = model.blocks.flatMap(block).filter((child): child is Paragraph | Table => child instanceof Paragraph || child instanceof Table);
  return new TableCell({
    // Word cannot open a cell without a paragraph.
    children: children.length ? children : [new Paragraph('')],
    ...(model.rowSpan && model.rowSpan > 1 ? { rowSpan: model.rowSpan } : {}),
    ...(model.header || headerRow ? { shading: HEADER_SHADING } : {}),
  });
}

function block(b: ReportBlock): FileChild[] {
  switch (b.kind) {
    case 'contents':
      return [new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: b.title, bold: true, size: 32 })] }), new TableOfContents(b.title, { hyperlink: true, headingStyleRange: '1-3' })];
    case 'heading':
      return [new Paragraph({ heading: HEADING[b.level], pageBreakBefore: b.pageBreakBefore, children: [new TextRun(b.text)] })];
    case 'paragraph':
      return [new Paragraph({ children: runs(b.spans, { italics: b.tone === 'note' || b.tone === 'muted' }) })];
    case 'list':
      return list(b.items);
    case 'table': {
      const head = b.head ? [new TableRow({ tableHeader: true, cantSplit: true, children: b.head.map((h) => cell({ blocks: [{ kind: 'paragraph', spans: [{ text: h, bold: true }] }] }, true)) })] : [];
      const rows = b.rows.map((row) => new TableRow({ cantSplit: !b.form, children: row.map((c) => cell(c, false)) }));
      return [
        new Paragraph({ keepNext: true, children: [new TextRun({ text: b.caption, bold: true })] }),
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, ...(b.form ? { columnWidths: [2600, 6400] } : {}), rows: [...head, ...rows] }),
        new Paragraph(''),
      ];
    }
  }
}

/**
 * The report as a Word document: real headings (so Word's navigation and the table of contents work), real tables, and
 * Malgun Gothic for Korean text, which Word would otherwise set in a Latin font's fallback.
 */
export function renderDocx(document: ReportDocument): Promise<Buffer> {
  const font = { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Calibri', eastAsia: 'Malgun Gothic' };
  const language = { value: document.lang === 'ko' ? 'ko-KR' : 'en-US', eastAsia: 'ko-KR' };
  const doc = new Document({
    title: document.title,
    creator: 'ogp-forum',
    // Word fills in the table of contents (and its page numbers) when it opens the file, after asking.
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font, language, size: 21 } },
        title: { run: { font, size: 40, bold: true } },
        heading1: { run: { font, size: 32, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { font, size: 26, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 200, after: 100 } } },
        heading3: { run: { font, size: 23, bold: true }, paragraph: { spacing: { before: 160, after: 80 } } },
      },
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(document.title)] }),
          new Paragraph({ children: [new TextRun({ text: document.subtitle, italics: true })] }),
          ...document.blocks.flatMap(block),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

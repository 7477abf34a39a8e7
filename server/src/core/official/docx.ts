/**
 * The published text as a Word document (the `docx` package): A4, Times New Roman 14 pt, margins
 * 30/15/20/20 mm, justified paragraphs with a 1.25 cm first-line indent, the approval block top right,
 * the appendix table on its own page, page numbers centred at the top from page 2. A ministry's
 * reference document (its `styles.xml`) replaces the fonts and spacing of every paragraph style.
 */
import {
  AlignmentType,
  Document,
  Header,
  HighlightColor,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip as mm,
  type IParagraphStyleOptions,
} from 'docx';
import { plain, type OfficialDocument, type Para, type Run } from './document';

const FONT = 'Times New Roman';
const SIZE = 28; // half-points: 14 pt

const STYLES: IParagraphStyleOptions[] = [
  { id: 'SSBody', name: 'Standard Body', basedOn: 'Normal', paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: mm(12.5) } } },
  { id: 'SSTitle', name: 'Standard Title', basedOn: 'Normal', run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER } },
  { id: 'SSSection', name: 'Standard Section', basedOn: 'Normal', run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } } },
  { id: 'SSApproval', name: 'Standard Approval', basedOn: 'Normal', paragraph: { alignment: AlignmentType.CENTER, indent: { left: mm(85) } } },
  { id: 'SSCell', name: 'Standard Table Cell', basedOn: 'Normal', run: { size: 24 } },
];

function runs(rs: Run[]): TextRun[] {
  return rs.map((r) => new TextRun(r.gap ? { text: r.text, highlight: HighlightColor.YELLOW } : { text: r.text }));
}

function para(p: Para): Paragraph {
  const label = p.label ? [new TextRun({ text: `${p.label} ` })] : [];
  return new Paragraph({ style: 'SSBody', children: [...label, ...runs(p.runs)] });
}

function lines(ls: Run[][], style: string, first?: { pageBreakBefore: boolean }): Paragraph[] {
  return ls.map((l, i) => new Paragraph({ style, children: runs(l), pageBreakBefore: i === 0 && first?.pageBreakBefore }));
}

function cell(text: string, opts: { bold?: boolean; gap?: boolean; span?: number } = {}): TableCell {
  const run = new TextRun({ text, bold: opts.bold, highlight: opts.gap ? HighlightColor.YELLOW : undefined });
  return new TableCell({ columnSpan: opts.span, children: [new Paragraph({ style: 'SSCell', children: [run] })] });
}

function table(doc: OfficialDocument): Table {
  const a = doc.appendix;
  const header = new TableRow({ tableHeader: true, children: a.columns.map((c) => cell(c, { bold: true })) });
  const numbers = new TableRow({ children: a.columns.map((_, i) => cell(String(i + 1))) });
  const rows = a.rows.map(
    (r) =>
      new TableRow({
        children: r.group
          ? [cell(`${r.ref} ${r.title}`, { bold: true, span: a.columns.length })]
          : [cell(`${r.ref} ${r.title}`), ...r.cells.map((x) => cell(x.text, { gap: x.gap }))],
      }),
  );
  const widths = [mm(78), mm(29), mm(29), mm(29)];
  return new Table({ width: { size: mm(165), type: WidthType.DXA }, columnWidths: widths, rows: [header, numbers, ...rows] });
}

function body(doc: OfficialDocument): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [...lines(doc.approval, 'SSApproval')];
  if (doc.approval.length) out.push(new Paragraph({ style: 'SSBody', children: [] }));
  out.push(...lines(doc.title, 'SSTitle'));
  for (const s of doc.sections) {
    out.push(new Paragraph({ style: 'SSSection', children: [new TextRun(s.title)] }));
    for (const c of s.clauses) out.push(...c.paras.map(para));
  }
  out.push(...lines(doc.appendix.heading, 'SSApproval', { pageBreakBefore: true }));
  out.push(new Paragraph({ style: 'SSSection', children: [new TextRun(doc.appendix.title)] }), table(doc));
  return out;
}

export interface DocxOptions {
  /** `word/styles.xml` of a ministry's reference document. */
  referenceStyles?: string;
}

export async function officialDocx(doc: OfficialDocument, o: DocxOptions = {}): Promise<Buffer> {
  const ref = o.referenceStyles;
  const pageNumber = new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] });
  const document = new Document({
    title: doc.title.map(plain).join(' '),
    ...(ref ? { externalStyles: ref } : {}),
    styles: {
      ...(ref ? {} : { default: { document: { run: { font: FONT, size: SIZE }, paragraph: { spacing: { line: 240, before: 0, after: 0 } } } } }),
      paragraphStyles: ref ? STYLES.filter((s) => !ref.includes(`w:styleId="${s.id}"`)) : STYLES,
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } },
        },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children: body(doc),
      },
    ],
  });
  return Packer.toBuffer(document);
}

/**
 * An existing standard's text as blocks: paragraphs and table rows, from plain text, HTML (htmlparser2)
 * or Word (mammoth turns it into HTML first). Nothing of the text is dropped here.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

export type Block = { kind: 'p'; text: string } | { kind: 'row'; cells: string[] };

const clean = (s: string) => s.replace(/[\u00a0\t ]+/g, ' ').replace(/\s*\n\s*/g, ' ').trim();

/** Plain text: one paragraph per line; a line with tabs is a table row. */
export function blocksOfText(text: string): Block[] {
  const out: Block[] = [];
  for (const raw of text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/)) {
    if (raw.includes('\t')) out.push({ kind: 'row', cells: raw.split('\t').map((c) => c.replace(/\s+/g, ' ').trim()) });
    else if (raw.trim()) out.push({ kind: 'p', text: raw.replace(/\s+/g, ' ').trim() });
  }
  return out;
}

const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'tr', 'table', 'thead', 'tbody', 'tfoot', 'section', 'article', 'header', 'footer', 'main', 'body', 'html', 'ul', 'ol', 'blockquote', 'nav']);
const SKIP = new Set(['script', 'style', 'head', 'title', 'template']);

function textOf(nodes: ChildNode[]): string {
  let s = '';
  for (const n of nodes) {
    if (n.type === 'text') s += (n as unknown as { data: string }).data;
    else if ('name' in n && (n as Element).name === 'br') s += '\n';
    else if ('children' in n && !SKIP.has((n as Element).name)) s += textOf((n as Element).children);
  }
  return s;
}

function walk(nodes: ChildNode[], out: Block[]): void {
  let inline: ChildNode[] = [];
  const flush = () => {
    for (const line of textOf(inline).split('\n')) if (clean(line)) out.push({ kind: 'p', text: clean(line) });
    inline = [];
  };
  for (const n of nodes) {
    const el = n as Element;
    if (n.type === 'tag' && SKIP.has(el.name)) continue;
    if (n.type === 'tag' && el.name === 'tr') {
      flush();
      const cells = el.children.filter((c) => (c as Element).name === 'td' || (c as Element).name === 'th');
      out.push({ kind: 'row', cells: cells.map((c) => clean(textOf((c as Element).children))) });
    } else if (n.type === 'tag' && BLOCK.has(el.name)) {
      flush();
      walk(el.children, out);
    } else inline.push(n);
  }
  flush();
}

export function blocksOfHtml(html: string): Block[] {
  const out: Block[] = [];
  walk(parseDocument(html).children, out);
  return out;
}

/** A Word document's blocks; a file that is not a Word document is an error with mammoth's reason. */
export async function blocksOfDocx(bytes: Uint8Array): Promise<Block[]> {
  const mammoth = await import('mammoth');
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return blocksOfHtml(value);
}

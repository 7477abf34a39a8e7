/**
 * The published text as plain text: what `render -o x.txt` writes and a Git `textconv` driver shows.
 * One paragraph per line, sub-items on their own lines, the appendix table tab-separated.
 */
import { plain, type OfficialDocument, type Para } from './document';

function para(p: Para): string {
  const body = plain(p.runs);
  return p.label ? (body ? `${p.label} ${body}` : p.label) : body;
}

export function officialText(doc: OfficialDocument): string {
  const out: string[] = [];
  const block = (ls: string[]) => {
    if (ls.length) out.push(...ls, '');
  };
  block(doc.approval.map(plain));
  block(doc.title.map(plain));
  for (const s of doc.sections) {
    block([s.title]);
    for (const c of s.clauses) block(c.paras.map(para));
  }
  block(doc.appendix.heading.map(plain));
  const a = doc.appendix;
  block([a.title, a.columns.join('\t'), a.columns.map((_, i) => String(i + 1)).join('\t')]);
  for (const r of a.rows) out.push([`${r.ref} ${r.title}`, ...r.cells.map((x) => x.text)].join('\t').replace(/\t+$/, r.group ? '' : '$&'));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/**
 * The published text as HTML: the preview's document view and `render -o x.html`. The page prints
 * in the official layout (A4, Times New Roman 14 pt, the contract's margins and indents). Every value
 * is escaped; gaps are marked; a clause with problems says how many.
 */
import escapeHtml from 'escape-html';
import type { Lang, Localized } from '../types';
import type { OfficialClause, OfficialDocument, Para, Run } from './document';

const esc = (s: string) => escapeHtml(s);

const PROBLEMS: Localized = { kk: 'ақау', ru: 'замечаний', en: 'problems' };

function runs(rs: Run[]): string {
  return rs.map((r) => (r.gap ? `<mark class="gap">${esc(r.text)}</mark>` : esc(r.text))).join('');
}

function para(p: Para, first: boolean, c: OfficialClause): string {
  const label = p.label ? `<span class="num">${esc(p.label)}</span> ` : '';
  const attrs = first ? ` id="clause-${c.number}"${c.line !== undefined ? ` data-line="${c.line}"` : ''}` : '';
  return `<p class="p l${p.level}"${attrs}>${label}${runs(p.runs)}</p>`;
}

function clause(c: OfficialClause, lang: Lang): string {
  const badge = c.problems ? `<span class="problems" title="${c.problems} ${esc(PROBLEMS[lang])}">${c.problems}</span>` : '';
  const paras = c.paras.map((p, i) => para(p, i === 0, c)).join('\n');
  return `<div class="clause${c.problems ? ' has-problems' : ''}" data-clause="${c.number}">${badge}${paras}</div>`;
}

function lines(ls: Run[][], cls: string): string {
  return ls.length ? `<div class="${cls}">${ls.map((l) => `<div>${runs(l)}</div>`).join('')}</div>` : '';
}

function appendix(doc: OfficialDocument): string {
  const a = doc.appendix;
  const head = `<tr>${a.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr><tr class="numbers">${a.columns.map((_, i) => `<th>${i + 1}</th>`).join('')}</tr>`;
  const rows = a.rows
    .map((r) =>
      r.group
        ? `<tr class="group"><td colspan="${a.columns.length}">${esc(`${r.ref} ${r.title}`)}</td></tr>`
        : `<tr data-row="${esc(r.ref.replace(/\.$/, ''))}"><td>${esc(`${r.ref} ${r.title}`)}</td>${r.cells.map((x) => `<td class="value">${runs([x])}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<section class="appendix" id="appendix">${lines(a.heading, 'approval')}<h2>${esc(a.title)}</h2><table><thead>${head}</thead><tbody>${rows}</tbody></table></section>`;
}

/** The body of the document view. */
export function officialHtml(doc: OfficialDocument): string {
  const sections = doc.sections
    .map((s) => `<section class="section" id="section-${s.number}"><h2>${esc(s.title)}</h2>\n${s.clauses.map((c) => clause(c, doc.lang)).join('\n')}</section>`)
    .join('\n');
  const title = `<h1 class="title">${doc.title.map((l) => `<span>${runs(l)}</span>`).join('<br>')}</h1>`;
  return `<article class="official" lang="${doc.lang}">${lines(doc.approval, 'approval')}${title}\n${sections}\n${appendix(doc)}</article>`;
}

/** The document view's style: on screen a page, in print the official layout. */
export const OFFICIAL_CSS = `
.official { font-family: "Times New Roman", Times, serif; font-size: 14pt; line-height: 1.15; max-width: 165mm; margin: 0 auto; padding: 20mm 15mm 20mm 30mm; background: #fff; color: #000; }
.official .approval { margin: 0 0 1.5em 55%; text-align: center; }
.official h1.title { font-size: 14pt; text-align: center; font-weight: bold; margin: 1em 0; }
.official h2 { font-size: 14pt; text-align: center; font-weight: bold; margin: 1em 0; }
.official .p { text-align: justify; text-indent: 1.25cm; margin: 0; }
.official .clause { position: relative; }
.official .clause.has-problems { outline: 2px solid rgba(229, 83, 75, 0.35); outline-offset: 2px; }
.official .problems { position: absolute; left: -2.2em; top: 0; font: 11px sans-serif; background: #e5534b; color: #fff; border-radius: 8px; padding: 0 5px; }
.official mark.gap { background: #fff3b0; color: #7a5b00; font-style: italic; }
.official .appendix { break-before: page; page-break-before: always; margin-top: 2em; }
.official table { border-collapse: collapse; width: 100%; font-size: 12pt; }
.official th, .official td { border: 1px solid #000; padding: 2px 4px; vertical-align: top; }
.official td.value { text-align: center; }
.official tr.group td { font-weight: bold; }
@media print {
  @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
  .official { max-width: none; padding: 0; }
  .official .problems { display: none; }
  .official .clause.has-problems { outline: none; }
  .official mark.gap { background: none; }
}
`;

/** A standalone page of the published text (what `render -o x.html` writes), with a strict CSP. */
export function officialPage(doc: OfficialDocument): string {
  const title = doc.title.map((l) => l.map((r) => r.text).join('')).join(' ').replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '');
  return `<!DOCTYPE html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'">
<title>${esc(title)}</title>
<style>body { margin: 0; background: #eee; } ${OFFICIAL_CSS} @media print { body { background: #fff; } }</style>
</head>
<body>
${officialHtml(doc)}
</body>
</html>
`;
}

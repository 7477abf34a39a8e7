/**
 * The amending text between two versions of a standard, in the formulas of the edition: words
 * replaced inside a paragraph or sub-item, a sub-item added or removed, a clause in a new wording,
 * an appendix row in a new wording. The smallest exact formula is chosen; a clause more than half
 * of which changes is given in a new wording.
 */
import type { AmendFormulas } from '../catalog/types';
import type { Analysis } from '../engine';
import type { Lang } from '../types';
import { composeOfficial } from './compose';
import { plain, type AppendixRow, type OfficialClause, type OfficialDocument, type Para } from './document';
import { fill } from './format';
import { fillTemplate } from './template';
import { replacement } from './words';
import type { ValueContext } from './values';

interface Item {
  /** The formula's sentence, and any quoted paragraphs that follow it. */
  head: string;
  quoted?: string[];
}

const paraText = (p: Para) => (p.label ? `${p.label} ${plain(p.runs)}` : plain(p.runs));
const q = (f: AmendFormulas, s: string) => `${f.quotes[0]}${s}${f.quotes[1]}`;

/** The label of a sub-item as the formulas name it (`а) подпункта 1)` for one level down). */
function itemLabel(f: AmendFormulas, paras: Para[], i: number): string {
  const p = paras[i];
  if (p.level < 2) return p.label ?? '';
  let j = i;
  while (j > 0 && paras[j].level !== 1) j--;
  return fill(f.subItem, { sub: p.label ?? '', item: paras[j].label ?? '' });
}

/** A paragraph's words without the `;` or `.` that only says where its list ends. */
const body = (p: Para) => plain(p.runs).replace(/[;.]$/, '');

function sameExcept(a: Para[], b: Para[], skip: number): boolean {
  const rest = b.filter((_, i) => i !== skip);
  return rest.length === a.length && rest.every((p, i) => body(p) === body(a[i]) && p.level === a[i].level);
}

function newWording(f: AmendFormulas, n: number, c: OfficialClause): Item {
  return { head: fill(f.newWording, { clause: String(n) }), quoted: c.paras.map(paraText) };
}

function itemChange(f: AmendFormulas, n: number, a: OfficialClause, b: OfficialClause): Item | undefined {
  const clause = String(n);
  if (b.paras.length === a.paras.length + 1) {
    const added = b.paras.findIndex((p, i) => p.level === 1 && sameExcept(a.paras, b.paras, i));
    if (added > 0) return { head: fill(f.itemAdded, { clause, item: b.paras[added].label ?? '' }), quoted: [paraText(b.paras[added])] };
  }
  if (a.paras.length === b.paras.length + 1) {
    const gone = a.paras.findIndex((p, i) => p.level === 1 && sameExcept(b.paras, a.paras, i));
    if (gone > 0 && a.paras.slice(gone + 1).every((p) => p.level === 1)) {
      // Only the last items may go without renumbering the rest.
      if (gone === a.paras.length - 1) return { head: fill(f.itemRemoved, { clause, item: a.paras[gone].label ?? '' }) };
    }
  }
  return undefined;
}

function clauseItems(f: AmendFormulas, n: number, a: OfficialClause | undefined, b: OfficialClause | undefined): Item[] {
  const clause = String(n);
  if (!a && !b) return [];
  if (!a) return [{ head: fill(f.clauseAdded, { clause }), quoted: b!.paras.map(paraText) }];
  if (!b) return [{ head: fill(f.clauseRemoved, { clause }) }];
  if (a.paras.map(paraText).join('\n') === b.paras.map(paraText).join('\n')) return [];
  if (a.paras.length !== b.paras.length) return [itemChange(f, n, a, b) ?? newWording(f, n, b)];
  const out: Item[] = [];
  let changed = 0;
  const total = b.paras.reduce((s, p) => s + plain(p.runs).length, 0);
  for (let i = 0; i < a.paras.length; i++) {
    if (a.paras[i].level !== b.paras[i].level) return [newWording(f, n, b)];
    const r = replacement(a.paras[i].runs, b.paras[i].runs);
    if (plain(a.paras[i].runs) === plain(b.paras[i].runs)) continue;
    if (!r) return [newWording(f, n, b)];
    changed += Math.max(r.old.length, r.new.length);
    const words = { clause, old: q(f, r.old), new: q(f, r.new), item: itemLabel(f, a.paras, i) };
    out.push({ head: fill(b.paras[i].level === 0 ? f.words : f.wordsInItem, words) });
  }
  return changed * 2 > total ? [newWording(f, n, b)] : out;
}

const rowText = (r: AppendixRow) => [`${r.ref} ${r.title}`, ...r.cells.map((c) => c.text)].join(' | ');

function rowItems(f: AmendFormulas, a: OfficialDocument, b: OfficialDocument): Item[] {
  const before = new Map(a.appendix.rows.map((r) => [r.ref, rowText(r)]));
  return b.appendix.rows
    .filter((r) => !r.group && before.get(r.ref) !== rowText(r))
    .map((r) => ({ head: fill(f.row, { row: r.ref.replace(/\.$/, '') }), quoted: [rowText(r)] }));
}

function frame(old: Analysis, lang: Lang, f: AmendFormulas): string {
  const official = old.catalog!.official![lang]!;
  const c: ValueContext = { model: old.model, catalog: old.catalog!, lang, textLang: old.model.languages.includes(lang) ? lang : (old.model.languages[0] ?? lang), words: official.words, fill: (t, base) => plain(fillTemplate(c, t, base)) };
  const approved = old.model.get('service.approval')?.node;
  return c.fill(approved ? f.frame : f.frameUnapproved, 'service.approval');
}

/** Items of the amending text in clause order, each a formula and its quoted text. */
export function amendmentItems(old: Analysis, neu: Analysis, lang: Lang): Item[] | undefined {
  const a = composeOfficial(old, lang);
  const b = composeOfficial(neu, lang);
  const f = old.catalog?.official?.[lang]?.amend;
  if (!a || !b || !f) return undefined;
  const clauses = (d: OfficialDocument) => new Map(d.sections.flatMap((s) => s.clauses).map((c) => [c.number, c]));
  const ca = clauses(a);
  const cb = clauses(b);
  const items = old.catalog!.clauses.flatMap((cl) => clauseItems(f, cl.number, ca.get(cl.number), cb.get(cl.number)));
  return [...items, ...rowItems(f, a, b)];
}

/** The amending text: the frame, then each change as a numbered item ending with `;` (the last with `.`). */
export function amendingText(old: Analysis, neu: Analysis, lang: Lang): string | undefined {
  const items = amendmentItems(old, neu, lang);
  const f = old.catalog?.official?.[lang]?.amend;
  if (!items || !f) return undefined;
  if (items.length === 0) return '';
  const lines = [frame(old, lang, f)];
  items.forEach((it, i) => {
    const end = i === items.length - 1 ? '.' : ';';
    if (!it.quoted) return void lines.push(`${i + 1}) ${it.head}${end}`);
    lines.push(`${i + 1}) ${it.head}`);
    it.quoted.forEach((l, j) => lines.push(j === 0 ? `${f.quotes[0]}${l}` : l));
    lines[lines.length - 1] += `${f.quotes[1]}${end}`;
  });
  return `${lines.join('\n')}\n`;
}

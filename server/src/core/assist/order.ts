/**
 * "Order clauses as in the model": puts the top-level keys and each section's clauses in the
 * catalog's order by moving whole blocks of lines (see edit/blocks.ts), so every value, comment
 * and byte of formatting stays as it was. The blank lines between blocks stay where they are;
 * what comes before the first key (the byte order mark, `---`, the file's heading) and after the
 * last one (`...` and what follows) does not move; line endings move with their lines.
 *
 * A block that holds an `&anchor` stays above every block that uses its `*alias`. When the blocks
 * cannot be cut whole, or the result would not hold exactly the same data, comments, line endings
 * and byte order mark, nothing is changed and the answer says why.
 */
import { isMap, type Node, type YAMLMap } from 'yaml';
import type { Field } from '../catalog/types';
import { mapBlocks, type MapBlocks } from '../edit/blocks';
import { sourceLines, tokensIn, type SourceLines } from '../edit/lines';
import { movedTextProblem } from '../edit/verify';
import type { Analysis } from '../engine';
import type { Localized, TextEdit } from '../types';

export interface OrderResult {
  edits: TextEdit[];
  /** Why the clauses were left as they are, when they are out of order but could not be moved safely. */
  refused?: Localized;
}

const CANNOT = { kk: 'Тармақтарды ретке келтіру мүмкін емес', ru: 'Упорядочить пункты нельзя', en: 'Cannot order the clauses' };
const why = (kk: string, ru: string, en: string): Localized => ({ kk: `${CANNOT.kk}: ${kk}`, ru: `${CANNOT.ru}: ${ru}`, en: `${CANNOT.en}: ${en}` });

/** Why the clauses are left as they are. */
export const REFUSALS = {
  conflicts: why('файлда біріктіру қақтығысы бар, алдымен оны шешіңіз.', 'в файле конфликт слияния, сначала разрешите его.', 'the file has a merge conflict; resolve it first.'),
  markers: why(
    'файлда біріктіру қақтығысының жалғыз белгісі (`<<<<<<<`, `=======`, `>>>>>>>`) қалды, алдымен оны өшіріңіз.',
    'в файле остался одиночный маркер конфликта слияния (`<<<<<<<`, `=======`, `>>>>>>>`), сначала удалите его.',
    'a merge-conflict marker line (`<<<<<<<`, `=======`, `>>>>>>>`) is left in the file; remove it first.',
  ),
  errors: why('файлда YAML синтаксис қателері бар, алдымен оларды түзетіңіз.', 'в файле есть синтаксические ошибки YAML, сначала исправьте их.', 'the file has YAML syntax errors; fix them first.'),
  layout: why(
    '`? кілт` / `: мән` түрінде жазылған немесе өз жолын ашпайтын кілттерді тұтас жолдарымен жылжыту мүмкін емес.',
    'ключи, записанные как `? ключ` / `: значение` или не с начала своей строки, нельзя перенести целыми строками.',
    'keys written as `? key` / `: value`, or not opening their own lines, cannot be moved as whole lines.',
  ),
  aliases: why('сілтеме (`*атау`) өз якорінен (`&атау`) бұрын тұрып қалар еді.', 'ссылка (`*имя`) оказалась бы раньше своего якоря (`&имя`).', 'an alias (`*name`) would come before its anchor (`&name`).'),
  unsafe: why(
    'мән, түсіндірме немесе жол соңы өзгерер еді; файл өзгеріссіз қалды.',
    'изменилось бы значение, комментарий или конец строки; файл оставлен как есть.',
    'a value, a comment or a line ending would change; the file is left as it is.',
  ),
};

interface Replacement {
  start: number;
  end: number;
  text: string;
}

class Refusal extends Error {
  constructor(readonly why: Localized) {
    super(why.en);
  }
}

/** Which blocks must stay below which: a block that uses `*name` comes after each block that sets `&name`. */
function dependencies(s: SourceLines, b: MapBlocks): Set<number>[] {
  const names = (i: number, type: string) =>
    new Set(
      tokensIn(s, b.items[i].start, b.items[i].bodyEnd)
        .filter((t) => t.type === type)
        .map((t) => t.source!.slice(1)),
    );
  const anchors = b.items.map((_, i) => names(i, 'anchor'));
  return b.items.map((_, i) => {
    const deps = new Set<number>();
    for (const a of names(i, 'alias')) anchors.forEach((set, j) => j !== i && set.has(a) && deps.add(j));
    return deps;
  });
}

/** The model's order (ties keep their order), with each block below the blocks it depends on. */
function orderOf(ranks: number[], deps: Set<number>[]): number[] {
  const byRank = ranks.map((_, i) => i).sort((a, b) => ranks[a] - ranks[b] || a - b);
  if (deps.every((d) => d.size === 0)) return byRank;
  const placed = new Set<number>();
  const out: number[] = [];
  while (out.length < ranks.length) {
    const next = byRank.find((i) => !placed.has(i) && [...deps[i]].every((j) => placed.has(j)));
    if (next === undefined) throw new Refusal(REFUSALS.aliases);
    placed.add(next);
    out.push(next);
  }
  return out;
}

/** The text of `[start, end)` with the replacements inside it applied. */
function withReplacements(src: string, start: number, end: number, reps: Replacement[]): string {
  let out = '';
  let at = start;
  for (const r of reps.filter((x) => x.start >= start && x.end <= end).sort((x, y) => x.start - y.start)) {
    out += src.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + src.slice(at, end);
}

function rankIn(fields: Field[]): (key: string) => number {
  return (k) => {
    const i = fields.findIndex((f) => f.key === k);
    return i < 0 ? fields.length : i;
  };
}

/** Whether the keys of a map (and, with `sections`, of the sections in it) are out of the model's order. */
function outOfOrder(map: YAMLMap, fields: Field[], sections = false): boolean {
  const rank = rankIn(fields);
  const keys = map.items.map((p) => String((p.key as { value?: unknown } | null)?.value));
  if (keys.some((k, i) => i > 0 && rank(keys[i - 1]) > rank(k))) return true;
  return (
    sections &&
    map.items.some((p, i) => {
      const f = fields.find((x) => x.key === keys[i]);
      return f?.type.kind === 'object' && isMap(p.value) && !p.value.flow && outOfOrder(p.value, f.type.fields);
    })
  );
}

/** The blocks of a map, or a refusal when it cannot be cut into them and something in it is out of order. */
function blocksOrRefuse(s: SourceLines, map: YAMLMap, fields: Field[], limit?: number): MapBlocks | undefined {
  const b = mapBlocks(s, map, limit);
  if (b) return b;
  if (outOfOrder(map, fields, limit === undefined)) throw new Refusal(REFUSALS.layout);
  return undefined;
}

/** The blocks of a map in the model's order, each one's body moved and the separators left in place. */
function reordered(s: SourceLines, b: MapBlocks, fields: Field[], reps: Replacement[]): Replacement | undefined {
  const rank = rankIn(fields);
  const order = orderOf(
    b.items.map((x) => rank(x.key)),
    dependencies(s, b),
  );
  const inner = reps.filter((r) => r.start >= b.items[0].start && r.end <= b.items[b.items.length - 1].bodyEnd);
  if (order.every((i, k) => i === k) && inner.length === 0) return undefined;
  const src = s.source;
  const body = (i: number) => withReplacements(src, b.items[i].start, b.items[i].bodyEnd, inner);
  const text = order.map((i, k) => body(i) + (k + 1 < order.length ? src.slice(b.items[k].bodyEnd, b.items[k + 1].start) : '')).join('');
  return { start: b.items[0].start, end: b.items[b.items.length - 1].bodyEnd, text };
}

/** The reordering of one section, or nothing when it is not a block map of two keys or more. */
function sectionReplacement(s: SourceLines, value: Node | undefined, fields: Field[], limit: number): Replacement | undefined {
  if (!isMap(value) || value.flow || value.items.length < 2) return undefined;
  const b = blocksOrRefuse(s, value as YAMLMap, fields, limit);
  return b && reordered(s, b, fields, []);
}

function newText(analysis: Analysis, s: SourceLines): string | undefined {
  const catalog = analysis.catalog!;
  const root = analysis.parsed.doc.contents as YAMLMap;
  const rb = blocksOrRefuse(s, root, catalog.root.fields);
  if (!rb) return undefined;
  const reps: Replacement[] = [];
  root.items.forEach((p, i) => {
    const field = catalog.root.fields.find((f) => f.key === rb.items[i].key);
    if (field?.type.kind !== 'object') return;
    const r = sectionReplacement(s, p.value as Node | undefined, field.type.fields, rb.items[i].bodyEnd);
    if (r) reps.push(r);
  });
  const whole = reordered(s, rb, catalog.root.fields, reps);
  return whole ? s.source.slice(0, whole.start) + whole.text + s.source.slice(whole.end) : undefined;
}

/** One edit of the lines that differ between `a` and `b`. */
function lineDiff(a: string, b: string, bom: number): TextEdit {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  p = Math.max(Math.min(bom, p), a.lastIndexOf('\n', p - 1) + 1);
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  const tail = a.slice(a.length - q);
  const cut = tail.indexOf('\n');
  q = cut < 0 ? 0 : q - cut - 1;
  return { start: p, end: a.length - q, newText: b.slice(p, b.length - q) };
}

/** The edit that puts the top-level keys and each section's clauses in the model's order, or why not. */
export function orderClausesResult(analysis: Analysis): OrderResult {
  const { parsed, catalog } = analysis;
  const root = parsed.doc.contents;
  if (!catalog || !isMap(root) || root.items.length === 0) return { edits: [] };
  if (parsed.conflicts.length) return { edits: [], refused: REFUSALS.conflicts };
  // A lone marker is blanked before parsing: the blocks would move around a line the parser never saw.
  if (parsed.loneMarkers?.length) return { edits: [], refused: REFUSALS.markers };
  if (parsed.doc.errors.length || parsed.tooDeep !== undefined) return { edits: [], refused: REFUSALS.errors };
  // Already in the model's order, with no anchor that could hold a block below a later one: nothing
  // moves, and the text's tokens (a lexing of the whole file) are not needed to say so.
  if (!parsed.source.includes('&') && !outOfOrder(root, catalog.root.fields, true)) return { edits: [] };
  const s = sourceLines(parsed.source);
  try {
    const text = newText(analysis, s);
    if (text === undefined || text === parsed.source) return { edits: [] };
    if (movedTextProblem(parsed.source, text)) return { edits: [], refused: REFUSALS.unsafe };
    return { edits: [lineDiff(parsed.source, text, s.bom)] };
  } catch (e) {
    if (e instanceof Refusal) return { edits: [], refused: e.why };
    throw e;
  }
}

/** The edits that put the top-level keys and each section's clauses in the model's order (none when refused). */
export function orderClauses(analysis: Analysis): TextEdit[] {
  return orderClausesResult(analysis).edits;
}

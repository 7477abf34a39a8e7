/**
 * What "no data lost" means, as checks over two texts: the scalars (keys and values, each with the
 * path of keys above it) and the comments of a standard, and where an edit is allowed to touch them.
 */
import { LineCounter, Parser, isMap, isPair, isScalar, isSeq, visit, type Document } from 'yaml';
import type { Analysis } from '../../server/src/core/engine';
import { findConflicts, maskConflicts } from '../../server/src/core/parse/conflicts';
import { parse } from '../../server/src/core/parse/parse';
import type { Diagnostic, TextEdit } from '../../server/src/core/types';
import { applyEdits } from '../support/edits';

export interface Located {
  /** What is compared: the path of keys above a scalar and its value (or `K:` and the key itself). */
  sig: string;
  range: [number, number];
}

/** Does `edit` touch `[start, end)`: overlap it, or insert strictly inside it. */
export function touches(e: TextEdit, [start, end]: [number, number]): boolean {
  if (e.start === e.end) return e.start > start && e.start < end;
  return e.start < end && start < e.end;
}

/** The offsets each edit's new text occupies in the edited text. */
export function newSpans(edits: TextEdit[]): [number, number][] {
  let shift = 0;
  return [...edits]
    .sort((a, b) => a.start - b.start)
    .map((e) => {
      const start = e.start + shift;
      shift += e.newText.length - (e.end - e.start);
      return [start, start + e.newText.length] as [number, number];
    });
}

/** Where an offset of the original lands in the edited text (the start of an edit that covers it). */
export function mapOffset(edits: TextEdit[], offset: number): number {
  let shift = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (e.end <= offset && !(e.start === e.end && e.start === offset)) shift += e.newText.length - (e.end - e.start);
    else if (e.start <= offset && offset < e.end) return e.start + shift;
  }
  return offset + shift;
}

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : `${typeof v}:${String(v)}`);

/**
 * Every scalar of the document with a signature: the keys above it (a sequence counts as `[]`)
 * and its value. `renames` maps the offset of a key to the name an edit gives it, so that the
 * values under a renamed key are compared under the new name.
 */
export function scalars(doc: Document, renames: Map<number, string> = new Map()): Located[] {
  const out: Located[] = [];
  visit(doc, {
    Scalar(key, node, path) {
      // An empty value (`key:` with nothing after it) holds no data.
      if (!node.range || (node.value === null && node.range[0] === node.range[1])) return;
      const parts: string[] = [];
      const upTo = key === 'key' ? path.length - 1 : path.length;
      for (let i = 0; i < upTo; i++) {
        const p = path[i];
        if (isPair(p)) {
          const k = p.key;
          parts.push(isScalar(k) ? (k.range && renames.has(k.range[0]) ? renames.get(k.range[0])! : String(k.value)) : isMap(k) || isSeq(k) ? '{complex}' : '?');
        } else if (isSeq(p)) parts.push('[]');
      }
      out.push({ sig: `${parts.join('/')}${key === 'key' ? ' K:' : ' = '}${show(node.value)}`, range: [node.range[0], node.range[1]] });
    },
  });
  return out;
}

/**
 * Every comment (`# ...`) of a text, from yaml's concrete syntax tree, with its offset. Merge
 * conflicts are masked first, as the engine does (same offsets), so that marker lines do not
 * turn comments into scalars.
 */
export function comments(source: string): { offset: number; text: string }[] {
  const src = maskConflicts(source, findConflicts(source));
  const out: { offset: number; text: string }[] = [];
  const seen = new Set<number>();
  const walk = (x: unknown): void => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      for (const y of x) walk(y);
      return;
    }
    const o = x as Record<string, unknown>;
    if (o.type === 'comment' && typeof o.offset === 'number' && typeof o.source === 'string') {
      if (!seen.has(o.offset)) {
        seen.add(o.offset);
        out.push({ offset: o.offset, text: o.source.replace(/\r$/, '') });
      }
      return;
    }
    for (const k of Object.keys(o)) walk(o[k]);
  };
  for (const token of new Parser().parse(src)) walk(token);
  return out.sort((a, b) => a.offset - b.offset);
}

/** `a` minus `b`, as multisets. */
export function minus(a: string[], b: string[]): string[] {
  const count = new Map<string, number>();
  for (const x of b) count.set(x, (count.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = count.get(x) ?? 0;
    if (n > 0) count.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

/** Edits are in the text, ordered start <= end, and do not overlap. */
export function editProblems(text: string, edits: TextEdit[]): string[] {
  const out: string[] = [];
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  sorted.forEach((e, i) => {
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && 0 <= e.start && e.start <= e.end && e.end <= text.length)) out.push(`edit out of the text: ${JSON.stringify(e)} (length ${text.length})`);
    const next = sorted[i + 1];
    if (next && next.start < e.end) out.push(`overlapping edits: ${JSON.stringify(e)} and ${JSON.stringify(next)}`);
  });
  return out;
}

export interface KeptOptions {
  /** YAML error codes the edit may add (e.g. "keep both sides" of a conflict on the same key). */
  allowErrors?: string[];
  /** Everything must be kept exactly: no scalar or comment may be touched (order clauses). */
  exact?: boolean;
}

/**
 * The problems of an edit of `before` into `after`, as readable lines:
 * - a YAML error that was not there before;
 * - a scalar (with its path) the edits do not touch that is gone, or one that appears outside the new text;
 * - a comment the edits do not touch that is gone.
 */
export function keptProblems(before: string, edits: TextEdit[], o: KeptOptions = {}): { after: string; problems: string[] } {
  const problems = editProblems(before, edits);
  if (problems.length) return { after: before, problems };
  const after = applyEdits(before, edits);
  const a = parse(before);
  const b = parse(after);
  const codes = (p: typeof a) => p.doc.errors.map((e) => e.code as string);
  const newErrors = minus(codes(b), [...codes(a), ...(o.allowErrors ?? [])]);
  if (newErrors.length) {
    const lc = new LineCounter();
    for (let i = after.indexOf('\n'); i >= 0; i = after.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
    const detail = b.doc.errors.filter((e) => newErrors.includes(e.code)).map((e) => `${e.code} at line ${lc.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`);
    problems.push(`new YAML errors: ${detail.join('; ')}`);
  }

  // Keys renamed by an edit that covers exactly the key: the values under them move with it.
  const renames = new Map<number, string>();
  visit(a.doc, {
    Pair(_, pair) {
      const k = pair.key;
      if (isScalar(k) && k.range) {
        const e = edits.find((x) => x.start === k.range![0] && x.end === k.range![1]);
        if (e && /^[^\s:#]+$/.test(e.newText)) renames.set(k.range[0], e.newText);
      }
    },
  });
  const spans = newSpans(edits);
  // A deletion leaves an empty span: the value around it is the one it changed.
  const inNew = (r: [number, number]) => spans.some(([s, e]) => (s === e ? r[0] <= s && s <= r[1] : s < r[1] && r[0] < e) || (r[0] === r[1] && s <= r[0] && r[0] <= e));
  const beforeScalars = scalars(a.doc, renames);
  const afterScalars = scalars(b.doc);
  const untouched = beforeScalars.filter((s) => o.exact || !edits.some((e) => touches(e, s.range)));
  const lost = minus(
    untouched.map((s) => s.sig),
    afterScalars.map((s) => s.sig),
  );
  if (lost.length) problems.push(`values lost or moved: ${lost.slice(0, 5).join(' | ')}${lost.length > 5 ? ` (+${lost.length - 5})` : ''}`);
  const foreign = minus(
    afterScalars.filter((s) => o.exact || !inNew(s.range)).map((s) => s.sig),
    beforeScalars.map((s) => s.sig),
  );
  if (foreign.length) problems.push(`values changed outside the edits: ${foreign.slice(0, 5).join(' | ')}${foreign.length > 5 ? ` (+${foreign.length - 5})` : ''}`);

  const cb = comments(before).filter((c) => o.exact || !edits.some((e) => touches(e, [c.offset, c.offset + c.text.length])));
  const goneComments = minus(
    cb.map((c) => c.text),
    comments(after).map((c) => c.text),
  );
  if (goneComments.length) problems.push(`comments lost: ${goneComments.slice(0, 5).map((c) => JSON.stringify(c)).join(' | ')}`);
  if (o.exact) {
    const extra = minus(
      comments(after).map((c) => c.text),
      comments(before).map((c) => c.text),
    );
    if (extra.length) problems.push(`comments added: ${extra.slice(0, 5).join(' | ')}`);
  }
  return { after, problems };
}

/** The identity of a diagnostic across an edit: code, English message and (mapped) start. */
export function sameDiagnostic(edits: TextEdit[], d: Diagnostic): (x: Diagnostic) => boolean {
  const at = mapOffset(edits, d.offset[0]);
  return (x) => x.code === d.code && x.message.en === d.message.en && x.offset[0] === at;
}

/** Rules that crashed inside the engine show up as diagnostics saying so. */
export function ruleFailures(a: Analysis): Diagnostic[] {
  return a.diagnostics.filter((d) => /^Rule `[^`]+` failed:/.test(d.message.en));
}

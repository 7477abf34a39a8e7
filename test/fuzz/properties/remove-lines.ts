/** The property of removing whole lines (run case by case in a worker by test/edit/remove-lines.property.test.ts, which describes it). */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isScalar, visit, type Document, type Node, type Pair } from 'yaml';
import { sourceLines, tokenBefore } from '../../../server/src/core/edit/lines';
import { removeComment, removeLines } from '../../../server/src/core/edit/remove-lines';
import { parse, PARSE_OPTIONS } from '../../../server/src/core/parse/parse';
import type { TextEdit } from '../../../server/src/core/types';
import { applyEdits } from '../../support/edits';
import { caseProperty, type PropertySet } from '../../support/case-property';
import { buildStandard, standardSpecArb, type StandardSpec } from '../generators';
import { comments } from '../invariants';
import { runs } from '../settings';

interface BlockPair {
  span: [number, number];
  /** The pair before it in its map has a block scalar value (`|`, `>+`...): the case to try most. */
  afterBlock: boolean;
}

/** The pairs of the block maps with a scalar key, as removeLines takes them: key start to value end. */
function blockPairs(doc: Document): BlockPair[] {
  const out: BlockPair[] = [];
  visit(doc, {
    Map(_, map) {
      if (map.flow) return;
      map.items.forEach((p, i) => {
        const k = p.key as Node | null;
        const before = map.items[i - 1]?.value;
        const afterBlock = isScalar(before) && (before.type === 'BLOCK_LITERAL' || before.type === 'BLOCK_FOLDED');
        if (isScalar(k) && k.range) out.push({ span: [k.range[0], ((p.value as Node | null)?.range ?? k.range)[1]], afterBlock });
      });
    },
  });
  return out;
}

/** A value as plain data, an empty map read as nothing (a key whose only entry went reads as `key:`). */
function plain(doc: Document): unknown {
  const empty = (_: string, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0 ? null : v);
  return JSON.parse(JSON.stringify(doc.toJS({ maxAliasCount: PARSE_OPTIONS.maxAliasCount }) ?? null, empty));
}

/** What is compared before and after a removal, read once per text. */
interface Base {
  text: string;
  doc: Document;
  errors: number;
  comments: { offset: number; text: string }[];
}

function baseOf(text: string): Base {
  const { doc } = parse(text);
  return { text, doc, errors: doc.errors.length, comments: comments(text) };
}

/** The data of the text without the pair whose key starts at `keyStart`. */
function withoutPair(base: Base, keyStart: number): unknown {
  const doc = base.doc.clone();
  visit(doc, { Pair: (_, p: Pair) => ((p.key as Node | null)?.range?.[0] === keyStart ? visit.REMOVE : undefined) });
  return plain(doc);
}

/** A text whose last value is a keep-chomped block scalar (`|+`, `>+`): its final line break is part of it. */
function endsInKeptText(text: string): boolean {
  const s = sourceLines(text);
  const last = s.tokens[s.tokens.length - 1];
  const header = last?.type === 'scalar' ? tokenBefore(s, last.offset, new Set(['comment'])) : undefined;
  return header?.type === 'block-scalar-header' && /^[|>][1-9]?\+/.test(text.slice(header.offset));
}

/** What a removal of whole lines changed besides them: YAML errors, data, comments, line endings, final line break. */
function removalProblems(base: Base, edit: TextEdit, data: unknown): string[] {
  const { text } = base;
  const after = applyEdits(text, [edit]);
  const { doc } = parse(after);
  const problems: string[] = [];
  if (doc.errors.length > base.errors) problems.push(`new YAML errors: ${doc.errors.map((e) => e.code).join(', ')}`);
  try {
    assert.deepEqual(plain(doc), data);
  } catch (e) {
    problems.push(`data changed: ${(e as Error).message.slice(0, 300)}`);
  }
  const outside = base.comments.filter((c) => c.offset < edit.start || c.offset >= edit.end).map((c) => c.text);
  if (comments(after).map((c) => c.text).join('\n') !== outside.join('\n')) problems.push('comments outside the removed lines changed');
  const bare = (t: string) => t.split('\n').length - t.split('\r\n').length;
  if ((bare(after) > 0 && bare(text) === 0) || after.startsWith('\uFEFF') !== text.startsWith('\uFEFF')) problems.push('line endings or byte order mark changed');
  if (/\n$/.test(after) !== /\n$/.test(text) && after.replace(/^\uFEFF/, '') !== '' && !endsInKeptText(after)) problems.push('final line break changed');
  return problems.map((p) => `${p} (removed ${JSON.stringify(text.slice(edit.start, edit.end))})`);
}

const ONE_LINE_PAIR = /^( *)(?:- )?[a-z][\w-]*: [^|>"'{[&*!#\s][^#\r]*\r?$/;

/**
 * The text with a blank line or a deeper comment line after each one-line pair (`n` picks which):
 * the lines that follow a removal, where a keep-chomped scalar above could take them in.
 */
function spaced(text: string, n: number): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split('\n');
  return lines
    .map((line, i) => {
      const m = ONE_LINE_PAIR.exec(line);
      if (!m || i === lines.length - 1) return line;
      const extra = (i + n) % 2 ? '' : `${m[1]}    # note`;
      return `${line}\n${extra}${eol === '\r\n' ? '\r' : ''}`;
    })
    .join('\n');
}

function fail(spec: StandardSpec, what: string, problems: string[]): never {
  throw new Error(`${what}:\n  - ${problems.join('\n  - ')}\n  spec: ${JSON.stringify(spec)}`);
}

/** The text a case checks: the built standard, spaced out for odd `pick`s. */
const textOf = (spec: StandardSpec, pick: number) => (pick % 2 ? spaced(buildStandard(spec), pick) : buildStandard(spec));

let tried = 0;
let removed = 0;

function check(spec: StandardSpec, pick: number): void {
  const built = buildStandard(spec);
  const text = pick % 2 ? spaced(built, pick) : built;
  const base = baseOf(text);
  if (base.errors > parse(built).doc.errors.length) return;
  const pairs = blockPairs(base.doc);
  const step = Math.max(1, Math.floor(pairs.length / 6));
  for (const [i, pair] of pairs.entries()) {
    if (i % step !== pick % step && !pair.afterBlock) continue;
    tried++;
    const edit = removeLines(base.text, pair.span);
    if (!edit) continue;
    removed++;
    const problems = removalProblems(base, edit, withoutPair(base, pair.span[0]));
    if (problems.length) fail(spec, 'removing a key', problems);
  }
  const data = plain(base.doc);
  const all = base.comments;
  for (let i = pick % 3; i < all.length; i += Math.max(1, Math.floor(all.length / 3))) {
    const edit = removeComment(base.text, [all[i].offset, all[i].offset + all[i].text.length]);
    const problems = edit ? removalProblems(base, edit, data) : [];
    if (problems.length) fail(spec, 'removing a comment', problems);
  }
}

/** Most keys tried could be removed: the property does not pass by refusing everything. */
function finish(): void {
  const [t, r] = [tried, removed];
  tried = removed = 0;
  assert.ok(r > t / 2, `only ${r} of ${t} keys could be removed`);
}

export const properties: PropertySet = {
  keyOrComment: caseProperty([standardSpecArb, fc.nat()], check, { runs: runs(20), finish, show: textOf }),
};

/**
 * Tab stops of every snippet: the generated VS Code snippets and the server's completion items.
 * Each ends with one `$0` at the end of the inserted text, where the writer goes next, and no stop
 * sits at the end of a line: there it would grow with the writer's next lines and the editor would
 * later jump back into it (Shift+Tab) and overwrite what was typed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { complete } from '../server/src/core/assist/completion';
import { kz2010 } from '../server/src/core/catalog/kz-2010';
import { DIALECT_STANDARD, ROOT } from './helpers';

interface Stop {
  index: number;
  /** Offsets of the stop's syntax in the snippet text. */
  start: number;
  end: number;
}

/** The tab stops of a snippet (`$1`, `${1}`, `${1:…}`, `${1|…|}`), skipping `\`-escapes. */
export function stops(snippet: string): Stop[] {
  const out: Stop[] = [];
  const open: { index: number; start: number }[] = [];
  for (let i = 0; i < snippet.length; i++) {
    const ch = snippet[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '}' && open.length) {
      const s = open.pop()!;
      out.push({ ...s, end: i + 1 });
      continue;
    }
    if (ch !== '$') continue;
    const m = /^\$(?:(\d+)|\{(\d+)(?=[:|}]))/.exec(snippet.slice(i));
    if (!m) continue;
    if (m[1] !== undefined) {
      out.push({ index: Number(m[1]), start: i, end: i + m[0].length });
      i += m[0].length - 1;
    } else {
      open.push({ index: Number(m[2]), start: i });
      i += m[0].length - 1;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** What is wrong with a snippet's tab stops, or [] when nothing. */
export function stopProblems(snippet: string): string[] {
  const all = stops(snippet);
  const finals = all.filter((s) => s.index === 0);
  const problems: string[] = [];
  if (finals.length !== 1) problems.push(`${finals.length} final stops ($0)`);
  else if (finals[0].start !== snippet.length - 2 || snippet.slice(finals[0].start) !== '$0') problems.push('$0 is not at the very end');
  for (const s of all.filter((x) => x.index > 0)) {
    const after = snippet.slice(s.end).split('\n')[0].replace(/\$0$/, '');
    if (!after.trim()) problems.push(`stop $${s.index} ends its line: ${JSON.stringify(snippet.slice(s.start, s.end + 20))}`);
  }
  return problems;
}

/** The standard with a new empty line (indented like line `i`) after each line, and a value removed from each key. */
function positions(text: string): { text: string; offset: number }[] {
  const lines = text.split('\n');
  const service = 'edition: kz-2010\nlanguages: [kk, ru]\nservice:\n  name: {kk: а, ru: б}\n  ';
  const out = [{ text: '', offset: 0 }, { text: 'edition: kz-2010\n', offset: 17 }, { text: service, offset: service.length }];
  let at = 0;
  for (const line of lines) {
    at += line.length + 1;
    const indent = /^\s*(?:- )?/.exec(line)![0].replace('-', ' ');
    out.push({ text: `${text.slice(0, at)}${indent}\n${text.slice(at)}`, offset: at + indent.length });
    const value = /^(\s*(?:- )?[\w-]+: )\S/.exec(line);
    if (value) {
      const start = at - line.length - 1;
      out.push({ text: `${text.slice(0, start)}${value[1]}\n${text.slice(at)}`, offset: start + value[1].length });
    }
  }
  return out;
}

describe('snippet tab stops', () => {
  it('the checker itself: a stop at the end of a line or a missing $0 is reported', () => {
    assert.deepEqual(stopProblems('name: {kk: "${1}", ru: "${2}"}$0'), []);
    assert.deepEqual(stopProblems('code: "${1:00101001}"$0'), []);
    assert.equal(stopProblems('edition: ${1:kz-2010}').length, 2);
    assert.equal(stopProblems('form: ${1|a,b|}$0').length, 1);
    assert.equal(stopProblems('a: \\$1 "${1}"$0$0').length, 1);
  });

  it('every generated VS Code snippet ends with one $0 and keeps its stops inside its lines', () => {
    const s = JSON.parse(readFileSync(join(ROOT, 'snippets/service-standard.code-snippets'), 'utf8')) as Record<string, { body: string[] }>;
    assert.ok(Object.keys(s).length >= 1);
    for (const [name, v] of Object.entries(s)) assert.deepEqual(stopProblems(v.body.join('\n')), [], name);
  });

  it('every completion snippet of the server ends with one $0 and keeps its stops inside its lines', () => {
    let checked = 0;
    const seen = new Set<string>();
    for (const p of positions(DIALECT_STANDARD)) {
      const items = complete({ text: p.text, offset: p.offset, catalog: kz2010, lang: 'en', languages: ['kk', 'ru'] });
      for (const c of items.filter((x) => x.snippet && !seen.has(x.insertText))) {
        seen.add(c.insertText);
        checked++;
        assert.deepEqual(stopProblems(c.insertText), [], `${c.label}: ${c.insertText.slice(0, 200)}`);
      }
    }
    for (const key of ['edition', 'languages', 'service', 'code', 'form', 'paid']) assert.ok([...seen].some((t) => t.includes(`${key}:`)), key);
    assert.ok(checked > 15, `${checked} snippets checked`);
  });
});

/** Alias bombs, deep nesting, long lines, duplicate keys, huge documents. */
import { CLEAN_STANDARDS } from './sources';

/** Billion laughs: `levels` anchors, each a list of `width` aliases of the previous one (9^9 leaves by default). */
export function aliasBomb(levels = 9, width = 9, prefix = 'lol'): string {
  let out = `${prefix}0: &${prefix}0 [${Array(width).fill('"ha"').join(', ')}]\n`;
  for (let i = 1; i < levels; i++) out += `${prefix}${i}: &${prefix}${i} [${Array(width).fill(`*${prefix}${i - 1}`).join(', ')}]\n`;
  return out;
}

/**
 * A standard whose values lead into an alias bomb, so that the walk, the texts and the rules
 * meet it: the anchors are defined under an unknown key and used where texts, lists and
 * mappings are expected (and as a merge key).
 */
export function aliasBombStandard(levels = 9, width = 9): string {
  const last = `lol${levels - 1}`;
  const bomb = aliasBomb(levels, width)
    .split('\n')
    .filter(Boolean)
    .map((l) => `  ${l}`)
    .join('\n');
  const mapBomb = [`  m0: &m0 {kk: ha, ru: ha}`, ...Array.from({ length: levels - 1 }, (_, i) => `  m${i + 1}: &m${i + 1} {${Array.from({ length: width }, (_, j) => `k${j}: *m${i}`).join(', ')}}`)].join('\n');
  return [
    'edition: kz-2010',
    'languages: [kk, ru]',
    'x-anchors:',
    bomb,
    mapBomb,
    'service:',
    `  name: *m${levels - 1}`,
    `  code: *${last}`,
    `  developer: {<<: *m${levels - 1}, name: *m0}`,
    'general:',
    `  provider: *${last}`,
    `  form: *${last}`,
    `  legal-basis: [*${last}, *m${levels - 1}]`,
    `  information: *m${levels - 1}`,
    `  recipients: *${last}`,
    '  deadlines:',
    `    <<: *m${levels - 1}`,
    `    max-wait: *${last}`,
    `  premises: *m${levels - 1}`,
    'procedure:',
    `  documents: *${last}`,
    `principles: *${last}`,
    `results: *m${levels - 1}`,
    `appeals: {<<: [*m${levels - 1}, *m${levels - 2}]}`,
    '',
  ].join('\n');
}

export type Nesting = 'flow-seq' | 'flow-map' | 'block-seq' | 'block-map' | 'inline-seq' | 'mixed';

/** `depth` levels of nesting of one kind, closed or left open. */
export function deepNesting(kind: Nesting, depth: number, closed = true): string {
  switch (kind) {
    case 'flow-seq':
      return '['.repeat(depth) + (closed ? ']'.repeat(depth) : '');
    case 'flow-map':
      return 'a: ' + '{a: '.repeat(depth) + '1' + (closed ? '}'.repeat(depth) : '');
    case 'block-seq': {
      const lines: string[] = [];
      for (let i = 0; i < depth; i++) lines.push(`${' '.repeat(2 * i)}-`);
      return lines.join('\n') + ' x\n';
    }
    case 'block-map': {
      const lines: string[] = [];
      for (let i = 0; i < depth; i++) lines.push(`${' '.repeat(i)}k${i}:`);
      return lines.join('\n') + ' x\n';
    }
    case 'inline-seq':
      return '- '.repeat(depth) + 'x\n';
    case 'mixed': {
      let s = '';
      for (let i = 0; i < depth; i++) s += i % 3 === 0 ? '[' : i % 3 === 1 ? '{a: ' : '- ';
      return s;
    }
  }
}

/** A standard with each of `count` keys written twice (and some of them three times). */
export function withDuplicateKeys(base: string, pick: (n: number) => number, count: number): string {
  const lines = base.split('\n');
  for (let i = 0; i < count; i++) {
    const keyLines = lines.map((l, j) => (/^\s*[a-z][\w-]*:/.test(l) ? j : -1)).filter((j) => j >= 0);
    if (!keyLines.length) break;
    const at = keyLines[pick(keyLines.length)];
    const copies = 1 + (pick(3) === 0 ? 1 : 0);
    lines.splice(at + 1, 0, ...Array(copies).fill(lines[at].replace(/^(\s*)- /, '$1  ')));
  }
  return lines.join('\n');
}

/** A document of at least `chars` characters made of real standards whose root keys are renamed to stay distinct. */
export function hugeDocument(chars: number, head = CLEAN_STANDARDS[0]): string {
  const parts = [head];
  let n = head.length;
  for (let i = 0; n <= chars; i++) {
    const base = CLEAN_STANDARDS[i % CLEAN_STANDARDS.length].replace(/^(edition|languages):.*$/gm, '');
    const part = `\n# copy ${i}\n` + base.replace(/^([a-z][\w-]*):/gm, `$1-${i}:`);
    parts.push(part);
    n += part.length;
  }
  return parts.join('');
}

/** `keys` distinct keys in one mapping (at the root, or under `general`). */
export function manyKeys(keys: number, nested = false): string {
  const parts = ['edition: kz-2010\nlanguages: [kk, ru]\n'];
  if (nested) parts.push('general:\n');
  const pad = nested ? '  ' : '';
  for (let i = 0; i < keys; i++) parts.push(`${pad}key-${i}: value ${i}\n`);
  return parts.join('');
}

/** Plain seeded generators: random YAML-ish text and mutations of the real standards. */
import { REAL_STANDARDS, Rng } from './sources';
import { CATALOG_KEYS, CATALOG_VALUES, CONFLICT_MARKERS, EXOTIC, LETTERS, PUNCTUATION, WHITESPACE } from './vocabulary';

/** One random piece of YAML-ish text; `maxRun` bounds the long runs (very long lines). */
export function randomToken(rng: Rng, maxRun = 20000): string {
  const r = rng.int(100);
  if (r < 24) return rng.pick(PUNCTUATION);
  if (r < 44) return rng.pick(WHITESPACE);
  if (r < 62) return rng.pick(LETTERS);
  if (r < 72) return `${rng.pick(['', '\n', '\n  ', '\n    ', '\n  - ', '- '])}${rng.pick(CATALOG_KEYS)}: `;
  if (r < 78) return rng.pick(CATALOG_VALUES);
  if (r < 86) return rng.pick(EXOTIC);
  if (r < 89) return rng.pick(CONFLICT_MARKERS);
  if (r < 94) {
    let s = '';
    for (let i = rng.between(1, 6); i > 0; i--) s += String.fromCharCode(rng.int(0x10000));
    return s;
  }
  if (r < 97) return rng.pick(['[', '{', '- ', '  ', '{a: ', '[[', '? ', '&x [', '!t [']).repeat(rng.between(1, 400));
  return rng.pick(['x', 'Ә', '😀', 'a ', ': ', '\\', '"', 'қ ']).repeat(rng.between(Math.min(100, maxRun), maxRun));
}

/** Random YAML-ish text of up to `maxTokens` pieces. */
export function randomYamlish(rng: Rng, maxTokens = 60, maxRun = 20000): string {
  let s = '';
  for (let n = rng.between(0, maxTokens); n > 0; n--) s += randomToken(rng, maxRun);
  return s;
}

export type MutationKind = 'insert' | 'delete' | 'replace' | 'dup-line' | 'drop-line' | 'swap-lines' | 'indent' | 'tab' | 'truncate';
export const MUTATION_KINDS: readonly MutationKind[] = ['insert', 'delete', 'replace', 'dup-line', 'drop-line', 'swap-lines', 'indent', 'tab', 'truncate'];

export interface Mutation {
  kind: MutationKind;
  /** Where (taken modulo the text's length). */
  at: number;
  /** How much (characters, lines or spaces). */
  len: number;
  text: string;
}

/** Applies one mutation; positions wrap around so that any numbers make a valid mutation. */
export function mutate(text: string, m: Mutation): string {
  const n = text.length;
  const at = n ? m.at % (n + 1) : 0;
  const lines = text.split('\n');
  const li = lines.length ? m.at % lines.length : 0;
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(Math.min(n, at + m.len));
    case 'replace':
      return text.slice(0, at) + m.text + text.slice(Math.min(n, at + (m.len % 64)));
    case 'dup-line':
      lines.splice(li, 0, lines[li] ?? '');
      return lines.join('\n');
    case 'drop-line':
      lines.splice(li, 1 + (m.len % 4));
      return lines.join('\n');
    case 'swap-lines': {
      const lj = lines.length ? (m.at + m.len + 1) % lines.length : 0;
      [lines[li], lines[lj]] = [lines[lj], lines[li]];
      return lines.join('\n');
    }
    case 'indent': {
      const d = (m.len % 9) - 4;
      lines[li] = d >= 0 ? ' '.repeat(d) + lines[li] : lines[li].replace(new RegExp(`^ {0,${-d}}`), '');
      return lines.join('\n');
    }
    case 'tab':
      lines[li] = lines[li].replace(/^( *)/, (s) => s.replace(/ {2}/, '\t'));
      return lines.join('\n');
    case 'truncate':
      return text.slice(0, at);
  }
}

export function randomMutation(rng: Rng, maxRun = 20000): Mutation {
  return { kind: rng.pick(MUTATION_KINDS), at: rng.int(1 << 30), len: rng.int(200), text: randomYamlish(rng, 6, maxRun) };
}

/** A real standard with 1..`maxOps` random mutations. */
export function randomMutatedStandard(rng: Rng, maxOps = 8, maxRun = 20000): string {
  let text = rng.pick(REAL_STANDARDS);
  for (let n = rng.between(1, maxOps); n > 0; n--) text = mutate(text, randomMutation(rng, maxRun));
  return text;
}

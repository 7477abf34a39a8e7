/**
 * Generators for the fuzz and property tests: fast-check arbitraries (shrinkable, for the engine
 * properties) and plain seeded generators (for driving the language server, where a seed and a
 * counter are enough to replay a run).
 *
 * - random YAML-ish text: YAML punctuation, tabs, deep nesting, very long lines, Latin, Cyrillic
 *   and Kazakh letters, emoji, lone surrogates, conflict markers;
 * - alias bombs of the billion-laughs kind, duplicate keys, huge documents;
 * - mutations of the real standards (insert, delete, replace spans, move lines, break indentation);
 * - valid standards with comments everywhere and the mistakes that have quick fixes
 *   (look-alike letters, typos in keys and enum values, missing clauses, `paid: true` without
 *   an amount, untranslated texts, padded quotes, an undeclared language, a merge conflict...),
 *   written in the shapes YAML allows: anchors and aliases, `|` / `>` block scalars and multi-line
 *   quoted strings holding lines that start with `#`, flow maps, `? key` / `: value` keys, CRLF
 *   with and without a final line break, a byte order mark, the `...` end marker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { kz2010 } from '../../server/src/core/catalog/kz-2010';
import type { ValueType } from '../../server/src/core/catalog/types';
import { mulberry32 } from '../support/random';

const ROOT = join(__dirname, '..', '..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

/** Clean standards (no diagnostics): the bases of the generated standards. */
export const CLEAN_STANDARDS: readonly string[] = [
  read('examples/address-certificate.standard.yaml'),
  read('examples/childbirth-allowance.standard.yaml'),
  read('examples/pharmacy-licence.standard.yaml'),
  read('test/fixtures/from-dialect.standard.yaml'),
];

/** Every real standard, the broken one included: the bases of the mutations. */
export const REAL_STANDARDS: readonly string[] = [...CLEAN_STANDARDS, read('examples/broken/mistakes.standard.yaml')];

// ---------------------------------------------------------------------------------------------
// A seeded random source (mulberry32): the same seed gives the same run.

export class Rng {
  private readonly source: () => number;
  constructor(readonly seed: number) {
    this.source = mulberry32(seed);
  }
  /** A float in [0, 1). */
  next(): number {
    return this.source();
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return n <= 0 ? 0 : Math.floor(this.next() * n);
  }
  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
}

/** The seed from an environment variable (decimal or 0x hex), else a fresh one. */
export function seedFrom(value: string | undefined): number {
  if (value !== undefined && value.trim() !== '') {
    const n = Number(value.trim());
    if (Number.isInteger(n)) return n >>> 0;
    throw new Error(`not an integer seed: ${value}`);
  }
  return (Date.now() ^ (process.pid << 16) ^ Math.floor(Math.random() * 0x7fffffff)) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary.

/** Every key of the catalog, and every enum value (what a writer actually types). */
function catalogWords(): { keys: string[]; values: string[] } {
  const keys = new Set<string>();
  const values = new Set<string>();
  const seen = new Set<ValueType>();
  const visit = (t: ValueType | undefined): void => {
    if (!t || seen.has(t)) return;
    seen.add(t);
    switch (t.kind) {
      case 'object':
        for (const f of t.fields) {
          keys.add(f.key);
          visit(f.type);
        }
        break;
      case 'list':
        visit(t.item);
        break;
      case 'ref':
        visit(kz2010.types[t.name]);
        break;
      case 'enum':
        for (const v of t.values) {
          values.add(v.value);
          for (const a of v.aliases ?? []) values.add(a);
        }
        break;
      case 'switch':
        for (const c of Object.values(t.cases)) visit(c);
        visit(t.otherwise);
        break;
      default:
    }
  };
  visit(kz2010.root);
  return { keys: [...keys], values: [...values] };
}

const WORDS_FROM_CATALOG = catalogWords();
export const CATALOG_KEYS: readonly string[] = WORDS_FROM_CATALOG.keys;
export const CATALOG_VALUES: readonly string[] = WORDS_FROM_CATALOG.values;

export const PUNCTUATION: readonly string[] = [
  ':', ': ', ':\n', '-', '- ', '-\n', '[', ']', '{', '}', ',', ', ', '&', '&a ', '&b ', '*', '*a', '*b', '*a ', '!', '!!str ', '!!map ',
  '!!seq ', '!!binary ', '!local ', '!<tag:yaml.org,2002:str> ', '|', '|\n', '|-\n  ', '>', '>+\n', '#', ' # ', '"', "'", '"\\', '"\\u', '"\\x', '"\\U0001F600"',
  '?', '? ', '%', '%YAML 1.2\n', '%TAG ! tag:x,2000:\n', '@', '`', '\\', '---', '---\n', '...', '...\n', '<<: ', '<<: *a', '{}', '[]', '""', "''",
  '[,]', '{:}', ': :', '- -', '::', 'key: value', '? complex\n: key',
];

export const WHITESPACE: readonly string[] = [' ', '  ', '\t', '\t\t', '\n', '\n', '\n', '\r\n', '\r', '\n  ', '\n    ', '\n      ', '\n\t', '\n- ', '\n  - ', '\n    - ', ' \n', '\u00a0', '\u3000'];

export const LETTERS: readonly string[] = [
  'a', 'x', 'Z', 'kk', 'ru', 'en', 'true', 'false', 'null', '~', 'yes', 'no', 'on', '0', '-1', '1e309', '0x1F', '0o17', '.inf', '-.nan', '1_000', '12:30', '2000-11-27', '2031-01-01', '0000-00-00', '99:99-00:00',
  '5 working-days', '30 minuts', '0.5 MCI', '1500 KZT', '-1 MCI', '1,5 МРП', '09:00-18:30', '13:00-14:30', '+7 (7172) 74-00-00', '8 7172 551231', '1414', 'info@@adilet.gov.kz', 'a@b.kz', 'https://', 'www.egov.kz', 'http://x#y',
  'Астана', 'қызмет', 'мемлекеттік', 'Тұрғылықты', 'өтініш', 'ғимарат', 'үкімет', 'һ', 'ә', 'ң', 'Ә', 'Ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'І', 'справка', 'Выдача', 'ё', 'Ё',
  'Kітап', 'тапсыраЊан', 'ќазаќ', 'Məcimov', 'TOO', 'ATM', 'о', 'o', 'K.', 'XIV', 'TODO', 'tbd', '...', '…', '???', 'xxx', 'ххх', 'Қазақстан?а',
];

export const EXOTIC: readonly string[] = [
  '😀', '👨‍👩‍👧', '🇰🇿', '\uD800', '\uDC00', '\uDBFF', '\uDFFF', 'a\uD800b', '\uD83D', '\uDE00\uD83D', '\uFEFF', '\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085',
  '\u200B', '\u200D', '\u202E', '\u2028', '\u2029', '\u0301', 'е\u0301', '\uFFFD', '\uFFFE', '\uFFFF', '\u{10FFFF}', '\u{E0001}', 'ﬁ', 'Ⅻ', '𝔸',
];

export const CONFLICT_MARKERS: readonly string[] = ['\n<<<<<<< HEAD\n', '\n=======\n', '\n>>>>>>> feature\n', '\n||||||| base\n', '<<<<<<<', '>>>>>>>', '======='];

// ---------------------------------------------------------------------------------------------
// Alias bombs, deep nesting, long lines, duplicate keys, huge documents.

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

// ---------------------------------------------------------------------------------------------
// Plain seeded generators.

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

// ---------------------------------------------------------------------------------------------
// fast-check arbitraries.

const repeated = (units: readonly string[], min: number, max: number) =>
  fc.tuple(fc.constantFrom(...units), fc.integer({ min, max })).map(([u, k]) => u.repeat(k));

export const tokenArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 24, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 20, arbitrary: fc.constantFrom(...WHITESPACE) },
  { weight: 18, arbitrary: fc.constantFrom(...LETTERS) },
  { weight: 10, arbitrary: fc.tuple(fc.constantFrom('', '\n', '\n  ', '\n    ', '\n  - ', '- '), fc.constantFrom(...CATALOG_KEYS)).map(([p, k]) => `${p}${k}: `) },
  { weight: 6, arbitrary: fc.constantFrom(...CATALOG_VALUES) },
  { weight: 8, arbitrary: fc.constantFrom(...EXOTIC) },
  { weight: 3, arbitrary: fc.constantFrom(...CONFLICT_MARKERS) },
  { weight: 5, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 3, arbitrary: repeated(['[', '{', '- ', '  ', '{a: ', '[[', '? ', '&x [', '!t ['], 1, 400) },
  { weight: 2, arbitrary: repeated(['x', 'Ә', '😀', 'a ', ': ', '\\', '"', 'қ '], 100, 20000) },
);

/** Random YAML-ish text. */
export const yamlishArb: fc.Arbitrary<string> = fc.array(tokenArb, { maxLength: 80 }).map((xs) => xs.join(''));

/** Well-formed-looking key/value lines with random indentation: closer to what a writer types. */
export const linesArb: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: 8 }),
      fc.constantFrom('', '- ', '? ', '# '),
      fc.constantFrom(...CATALOG_KEYS, 'kk', 'ru', 'en', 'x-unknown'),
      fc.oneof(fc.constantFrom('', ' ', ' |', ' >-', ' {', ' [', ' &a', ' *a', ' !!str'), fc.constantFrom(...LETTERS, ...CATALOG_VALUES).map((v) => ` ${v}`)),
      fc.constantFrom('\n', '\r\n', ' # c\n', '\t\n'),
    ),
    { maxLength: 60 },
  )
  .map((ls) => ls.map(([indent, lead, key, value, end]) => `${' '.repeat(indent)}${lead}${key}:${value}${end}`).join(''));

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...MUTATION_KINDS),
  at: fc.nat(),
  len: fc.nat({ max: 400 }),
  text: fc.array(tokenArb, { maxLength: 6 }).map((xs) => xs.join('')),
});

/** A real standard with random mutations. */
export const mutatedStandardArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...REAL_STANDARDS), fc.array(mutationArb, { minLength: 1, maxLength: 8 }))
  .map(([base, ms]) => ms.reduce(mutate, base));

/** A real standard with duplicate keys. */
export const duplicateKeysArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...REAL_STANDARDS), fc.array(fc.nat(), { minLength: 3, maxLength: 30 }), fc.integer({ min: 1, max: 10 }))
  .map(([base, picks, count]) => {
    let i = 0;
    return withDuplicateKeys(base, (n) => (picks[i++ % picks.length] ?? 0) % n, count);
  });

/** A small alias bomb, a big one, or one wired into a standard. */
export const aliasBombArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 12 }), fc.boolean())
  .map(([levels, width, wired]) => (wired ? aliasBombStandard(levels, width) : aliasBomb(levels, width)));

/** Any of the above. */
export const anyInputArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: yamlishArb },
  { weight: 2, arbitrary: linesArb },
  { weight: 4, arbitrary: mutatedStandardArb },
  { weight: 1, arbitrary: duplicateKeysArb },
  { weight: 1, arbitrary: aliasBombArb },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom<Nesting>('flow-seq', 'flow-map', 'block-seq', 'block-map', 'inline-seq', 'mixed'), fc.integer({ min: 1, max: 3000 }), fc.boolean())
      // Block nesting indents each level: 3000 levels would be megabytes (limits.test.ts goes deeper).
      .map(([k, d, c]) => deepNesting(k, k.startsWith('block') ? Math.min(d, 400) : d, c)),
  },
);

// ---------------------------------------------------------------------------------------------
// Valid standards with comments and fixable mistakes.

/** Keys whose removal leaves a standard that still parses (optional ones, and required ones: a missing-required fix). */
export const DROPPABLE_KEYS: readonly string[] = [
  'code', 'developer', 'premises', 'form', 'recipients', 'max-wait', 'max-service', 'from-application', 'from-documents', 'beneficiary-documents', 'other-information', 'expedited-amount',
  'receipt-document', 'targets-approval', 'website', 'breaks', 'pre-registration', 'expedited', 'delivery', 'information', 'result', 'kind', 'article', 'forms', 'submission',
  'acknowledgement', 'response-deadline', 'politeness', 'timeliness', 'refusal-grounds', 'principles', 'languages', 'url', 'hours', 'days',
];

/** Typos that the engine answers with a "did you mean" fix (or, for some, without one). */
export const TYPOS: readonly (readonly [RegExp, string])[] = [
  [/^(\s*)recipients:/m, '$1recipents:'],
  [/^(\s*)premises:/m, '$1premisses:'],
  [/^(\s*)deadlines:/m, '$1deadline:'],
  [/^(\s*)legal-basis:/m, '$1legal-bases:'],
  [/^(\s*)pre-registration:/m, '$1preregistration:'],
  [/^(\s*)targets-approval:/m, '$1target-approval:'],
  [/^(\s*)(- )?name:/m, '$1$2nam:'],
  [/^(\s*)website:/m, '$1web-site:'],
  [/^(\s*)beneficiary-documents:/m, '$1beneficiary-documets:'],
  [/\bpartially-automated\b/, 'partialy-automated'],
  [/\bnon-automated\b/, 'non-automatd'],
  [/\bfully-automated\b/, 'fuly-automated'],
  [/\bin-person\b/, 'in-persn'],
  [/\binternet-resource\b/, 'internet-resorce'],
  [/(kind: )law\b/, '$1lav'],
  [/(kind: )reference\b/, '$1referense'],
  [/\bpoliteness,/, 'politenes,'],
  [/\bconfidentiality\b/, 'confidentiallity'],
  [/\bcall-center\b/, 'call-centre'],
  [/(days: \[)mon\b/, '$1mn'],
  [/\bcalendar-days\b/, 'calendar-dais'],
  [/(form: \[)paper\b/, '$1papper'],
];

const LATIN_FOR: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', А: 'A', Е: 'E', О: 'O', Р: 'P', С: 'C', Х: 'X', К: 'K', Н: 'H', М: 'M', Т: 'T', В: 'B' };
const LATIN_FOR_KK: Record<string, string> = { і: 'i', І: 'I', һ: 'h', ә: 'ə', Ә: 'Ə', ө: 'ɵ', Ө: 'Ɵ' };
const LEGACY_FOR: Record<string, string> = { қ: 'ќ', ғ: 'є', ө: 'ґ', ұ: 'ў', ү: 'ї', ң: 'ѕ', ә: 'ј', Қ: 'Ќ', Ғ: 'Є', Ө: 'Ґ', Ұ: 'Ў', Ү: 'Ї', Ң: 'Ѕ', Ә: 'Ј' };
const NON_KAZAKH_FOR: Record<string, string> = { ғ: 'њ', Ғ: 'Њ' };

export const COMMENT_TEXTS: readonly string[] = [
  'note', 'TODO: check with the ministry', 'Ескерту: тексеру керек', 'Примечание: см. приказ № 5', 'clause 7: see the decree', '🙂 reviewed', 'a: b # c', '---', '"quoted" and \'single\'', 'Қазақстан Республикасы',
  '', 'x'.repeat(300), 'kk: not a key', '- not an item', '&anchor *alias', 'tab\there',
];

export interface StandardSpec {
  base: number;
  /** Full-line comments: before line `line` (modulo), indented `indent` (modulo the line's own + 1). */
  comments: { line: number; indent: number; text: number }[];
  /** Trailing comments after the value of line `line`. */
  trailing: { line: number; text: number }[];
  /** Latin look-alikes in a kk or ru word: which text line, which word, how many letters. */
  lookalikes: { line: number; word: number; letters: number }[];
  /** Legacy-font or non-Kazakh letters in a kk word. */
  legacy: { line: number; word: number; nonKazakh: boolean }[];
  drops: number[];
  typos: number[];
  /** Reorder the root blocks (a rotation and a swap), and the clauses of one section. */
  reorderRoot: number;
  reorderSection: number;
  paid: 'keep' | 'paid-without-amount' | 'free-with-amount';
  /** Texts quoted with spaces at the ends. */
  padded: number[];
  /** A text given an undeclared `en` translation. */
  extraLanguage: number[];
  /** A text whose `ru` translation is removed. */
  dropTranslation: number[];
  /** A one-line value wrapped in a merge conflict. */
  conflict: number;
  editionTypo: boolean;
  crlf: boolean;
  /** Shapes of YAML the tools' own edits must keep (absent in older specs: none). */
  shapes?: Shapes;
}

export interface Shapes {
  /** A value given an `&anchor`, and a later value of the same key turned into its `*alias`. */
  anchors: number[];
  /** A text turned into a `|` / `>` block scalar holding a line that starts with `#`. */
  blockScalars: number[];
  /** A text turned into a multi-line double-quoted string holding a line that starts with `#`. */
  quoted: number[];
  /** A map of texts written on its own lines turned into flow style `{kk: ..., ru: ...}`. */
  flowTexts: number[];
  /** A key written with the explicit indicators: `? key` / `: value`. */
  explicitKeys: number[];
  bom: boolean;
  /** The `...` end marker, and a comment after it. */
  docEnd: boolean;
  finalNewline: boolean;
}

export const NO_SHAPES: Shapes = { anchors: [], blockScalars: [], quoted: [], flowTexts: [], explicitKeys: [], bom: false, docEnd: false, finalNewline: true };

/** The line index of the `n`-th (modulo) line matching `re`, or -1. */
function nth(lines: string[], re: RegExp, n: number): number {
  const idx: number[] = [];
  lines.forEach((l, i) => {
    if (re.test(l)) idx.push(i);
  });
  return idx.length ? idx[n % idx.length] : -1;
}

const indentOf = (l: string) => /^ */.exec(l)![0].length;

/** The end (exclusive) of the block that starts at line `i`: the following lines indented deeper, or blank. */
function blockEnd(lines: string[], i: number): number {
  const item = /^\s*- /.test(lines[i]);
  const ind = indentOf(lines[i]) + (item ? 2 : 0);
  let j = i + 1;
  while (j < lines.length) {
    const l = lines[j];
    // Deeper lines and blank lines belong to the block; so does a list written at the key's own indentation.
    if (l.trim() === '' || indentOf(l) > ind || (!item && indentOf(l) === ind && /^\s*- /.test(l))) j++;
    else break;
  }
  // Trailing blank lines belong to what follows.
  while (j > i + 1 && lines[j - 1].trim() === '') j--;
  return j;
}

/** Removes the key `key` (its line and its block); `n` picks among several. */
function dropKey(lines: string[], key: string, n: number): void {
  const i = nth(lines, new RegExp(`^\\s*${key}:(\\s|$)`), n);
  if (i < 0) return;
  lines.splice(i, blockEnd(lines, i) - i);
}

/** Replaces letters of one word of the value of `lines[i]` using `map`, at most `count` of them. */
function spoilWord(lines: string[], i: number, word: number, count: number, map: Record<string, string>): void {
  const m = /^(\s*(?:- )?(?:kk|ru): )(.*)$/.exec(lines[i]);
  if (!m) return;
  const words = [...m[2].matchAll(/[\p{L}]{3,}/gu)].filter((w) => /\p{Script=Cyrillic}/u.test(w[0]) && [...w[0]].some((ch) => ch in map));
  if (!words.length) return;
  const w = words[word % words.length];
  const chars = [...w[0]];
  let left = Math.max(1, count);
  for (let k = 0; k < chars.length && left > 0; k++) {
    const r = map[chars[(k + word) % chars.length]];
    if (r) {
      chars[(k + word) % chars.length] = r;
      left--;
    }
  }
  // Keep at least one Cyrillic letter, so that the word reads as a spoiled Cyrillic word.
  const spoiled = chars.join('');
  if (!/\p{Script=Cyrillic}/u.test(spoiled)) return;
  const at = m[1].length + (w.index ?? 0);
  lines[i] = lines[i].slice(0, at) + spoiled + lines[i].slice(at + w[0].length);
}

/** The root blocks: each root key with the comment lines right above it. */
function rootBlocks(lines: string[]): { start: number; end: number }[] {
  const keys = lines.map((l, i) => (/^[a-z][\w-]*:/.test(l) ? i : -1)).filter((i) => i >= 0);
  const starts = keys.map((k) => {
    let s = k;
    while (s > 0 && /^\s*#/.test(lines[s - 1])) s--;
    return s;
  });
  return starts.map((s, i) => ({ start: s, end: i + 1 < starts.length ? starts[i + 1] : lines.length }));
}

/** `&aN` on a value, `*aN` for a later value of the same key. */
function addAnchor(lines: string[], n: number): void {
  const re = /^(\s*(?:- )?)(phone|email|website|hours|days|kind|channel): ([^\s#&*!|>][^#]*?)\s*$/;
  const idx = lines.map((l, i) => (re.test(l) ? i : -1)).filter((i) => i >= 0);
  if (idx.length < 2) return;
  const a = idx[n % idx.length];
  const m = re.exec(lines[a])!;
  const later = idx.filter((i) => i > a && re.exec(lines[i])![2] === m[2]);
  const name = `a${n % 97}`;
  if (!later.length || lines.some((l) => l.includes(`&${name} `))) return;
  const b = later[(n >> 2) % later.length];
  lines[a] = `${m[1]}${m[2]}: &${name} ${m[3]}`;
  lines[b] = `${re.exec(lines[b])![1]}${m[2]}: *${name}`;
}

const PLAIN_TEXT = /^(\s*)((?:- )?)(kk|ru): ([^"'{[|>&*!\s#\\][^#"\\]*)$/;

/** A text as a block scalar whose second line starts with `#` (content, not a comment). */
function toBlockScalar(lines: string[], n: number): void {
  const i = nth(lines, PLAIN_TEXT, n);
  if (i < 0) return;
  const m = PLAIN_TEXT.exec(lines[i])!;
  const pad = ' '.repeat(m[1].length + m[2].length + 2);
  const style = ['|', '>', '|-', '>+'][n % 4];
  lines.splice(i, 1, `${m[1]}${m[2]}${m[3]}: ${style}`, `${pad}${m[4]}`, `${pad}# ${COMMENT_TEXTS[n % COMMENT_TEXTS.length]}`);
}

/** A text as a double-quoted string over three lines, the last one starting with `#`. */
function toQuotedMultiline(lines: string[], n: number): void {
  const i = nth(lines, PLAIN_TEXT, n);
  if (i < 0) return;
  const m = PLAIN_TEXT.exec(lines[i])!;
  const words = m[4].trimEnd().split(' ');
  const half = Math.ceil(words.length / 2);
  const pad = ' '.repeat(m[1].length + m[2].length + 2);
  lines.splice(i, 1, `${m[1]}${m[2]}${m[3]}: "${words.slice(0, half).join(' ')}`, '', `${pad}# ${words.slice(half).join(' ')}"`);
}

/** `key:` and its language lines written as `key: {kk: ..., ru: ...}`. */
function toFlowText(lines: string[], n: number): void {
  const i = nth(lines, /^\s*(?:- )?[a-z][\w-]*:$/, n);
  if (i < 0) return;
  const col = indentOf(lines[i]) + (/^\s*- /.test(lines[i]) ? 2 : 0);
  const kids: string[] = [];
  let j = i + 1;
  for (; j < lines.length; j++) {
    const m = /^(\s*)(kk|ru|en): ([^\s"'{[|>&*!#,\]}][^#,:{}[\]"]*)$/.exec(lines[j]);
    if (!m || m[1].length <= col) break;
    kids.push(`${m[2]}: ${m[3].trimEnd()}`);
  }
  // Nothing of the map may be left below (past comments and blank lines).
  let k = j;
  while (k < lines.length && (lines[k].trim() === '' || /^\s*#/.test(lines[k]))) k++;
  if (!kids.length || (k < lines.length && indentOf(lines[k]) > col)) return;
  lines.splice(i, 1 + kids.length, `${lines[i]} {${kids.join(', ')}}`);
}

/** `key: value` written as `? key` and `: value` (outside conflicts). */
function toExplicitKey(lines: string[], n: number): void {
  const i = nth(lines, /^( *)([a-z][\w-]*):( .*)?$/, n);
  if (i < 0) return;
  const m = /^( *)([a-z][\w-]*):( .*)?$/.exec(lines[i])!;
  lines.splice(i, 1, `${m[1]}? ${m[2]}`, `${m[1]}:${m[3] ?? ''}`);
}

function applyShapes(lines: string[], shapes: Shapes): void {
  for (const n of shapes.blockScalars) toBlockScalar(lines, n);
  for (const n of shapes.quoted) toQuotedMultiline(lines, n);
  for (const n of shapes.flowTexts) toFlowText(lines, n);
  for (const n of shapes.explicitKeys) toExplicitKey(lines, n);
}

/** Builds a standard from a spec. Every choice is an index taken modulo what is there, so any spec is valid. */
export function buildStandard(spec: StandardSpec): string {
  let lines = CLEAN_STANDARDS[spec.base % CLEAN_STANDARDS.length].replace(/\n$/, '').split('\n');
  const textLine = /^\s*(?:- )?(?:kk|ru): [^"'{[|>&*!\s]/;

  for (const d of spec.drops) dropKey(lines, DROPPABLE_KEYS[d % DROPPABLE_KEYS.length], d);
  for (const t of spec.typos) {
    const [re, to] = TYPOS[t % TYPOS.length];
    const text = lines.join('\n');
    lines = text.replace(re, to).split('\n');
  }
  if (spec.paid !== 'keep') {
    const paid = lines.findIndex((l) => /^\s*paid: /.test(l));
    if (paid >= 0) {
      const pad = ' '.repeat(indentOf(lines[paid]));
      if (spec.paid === 'paid-without-amount') {
        lines[paid] = `${pad}paid: true`;
        for (const k of ['amount', 'expedited-amount', 'payment', 'receipt']) dropKey(lines, k, 0);
      } else {
        lines[paid] = `${pad}paid: false`;
        if (!lines.some((l) => /^\s*amount: /.test(l))) lines.splice(paid + 1, 0, `${pad}amount: 1 MCI`);
      }
    }
  }
  for (const l of spec.lookalikes) {
    const i = nth(lines, textLine, l.line);
    if (i >= 0) spoilWord(lines, i, l.word, 1 + (l.letters % 3), /^\s*(- )?kk:/.test(lines[i]) ? { ...LATIN_FOR, ...LATIN_FOR_KK } : LATIN_FOR);
  }
  for (const l of spec.legacy) {
    const i = nth(lines, /^\s*(?:- )?kk: [^"'{[|>&*!\s]/, l.line);
    if (i >= 0) spoilWord(lines, i, l.word, 1, l.nonKazakh ? NON_KAZAKH_FOR : LEGACY_FOR);
  }
  for (const p of spec.padded) {
    const i = nth(lines, textLine, p);
    if (i < 0) continue;
    const m = /^(\s*(?:- )?(?:kk|ru): )(.*?)(\s+#.*)?$/.exec(lines[i])!;
    const v = m[2];
    const quoted = /["\\]/.test(v) ? `'  ${v.replace(/'/g, "''")} '` : `" ${v}  "`;
    lines[i] = m[1] + quoted + (m[3] ?? '');
  }
  for (const e of spec.extraLanguage) {
    const i = nth(lines, /^\s+ru: [^"'{[|>&*!\s]/, e);
    if (i >= 0 && !/^\s*en:/.test(lines[i + 1] ?? '')) lines.splice(i + 1, 0, `${' '.repeat(indentOf(lines[i]))}en: An English text, number ${e}`);
  }
  for (const d of spec.dropTranslation) {
    const i = nth(lines, /^\s+ru: [^{[|>&*!\s]/, d);
    if (i >= 0) lines.splice(i, 1);
  }
  if (spec.reorderSection) {
    const sectionKey = ['general', 'procedure', 'appeals', 'results', 'service'][spec.reorderSection % 5];
    const s = lines.findIndex((l) => l.startsWith(`${sectionKey}:`));
    if (s >= 0) {
      const end = blockEnd(lines, s);
      const kids: { start: number; end: number }[] = [];
      for (let i = s + 1; i < end; i++) if (/^ {2}[a-z][\w-]*:/.test(lines[i])) kids.push({ start: i, end: blockEnd(lines, i) });
      if (kids.length > 1) {
        const body = kids.map((k) => lines.slice(k.start, k.end));
        const r = spec.reorderSection % body.length;
        const rotated = [...body.slice(r), ...body.slice(0, r)].reverse();
        lines.splice(kids[0].start, kids[kids.length - 1].end - kids[0].start, ...rotated.flat());
      }
    }
  }
  if (spec.reorderRoot) {
    const bs = rootBlocks(lines);
    if (bs.length > 2) {
      const head = lines.slice(0, bs[0].start);
      const body = bs.map((b) => {
        const block = lines.slice(b.start, b.end);
        while (block.length && block[block.length - 1].trim() === '') block.pop();
        return block;
      });
      const r = spec.reorderRoot % body.length;
      const moved = [...body.slice(r), ...body.slice(0, r)];
      const a = spec.reorderRoot % moved.length;
      const b = (spec.reorderRoot >> 3) % moved.length;
      [moved[a], moved[b]] = [moved[b], moved[a]];
      lines = [...head, ...moved.flatMap((x) => [...x, ''])];
      lines.pop();
    }
  }
  const shapes = spec.shapes ?? NO_SHAPES;
  for (const n of shapes.anchors) addAnchor(lines, n);
  for (const c of spec.comments) {
    const i = c.line % (lines.length + 1);
    const near = lines[Math.min(i, lines.length - 1)] ?? '';
    const indent = c.indent % (indentOf(near) + 1);
    lines.splice(i, 0, `${' '.repeat(indent)}# ${COMMENT_TEXTS[c.text % COMMENT_TEXTS.length]}`);
  }
  for (const t of spec.trailing) {
    const i = nth(lines, /^\s*[^#\s]/, t.line);
    if (i >= 0 && !/\s#/.test(lines[i])) lines[i] += `${' '.repeat(1 + (t.text % 3))}# ${COMMENT_TEXTS[t.text % COMMENT_TEXTS.length]}`;
  }
  applyShapes(lines, shapes);
  if (spec.conflict) {
    const i = nth(lines, /^\s+[a-z][\w-]*: [^\s#"'{[|>&*!][^#]*$/, spec.conflict);
    if (i >= 0) {
      const theirs = `${lines[i]} (their edit)`;
      lines.splice(i, 1, '<<<<<<< HEAD', lines[i], '=======', theirs, '>>>>>>> their-branch');
    }
  }
  if (spec.editionTypo) lines = lines.map((l) => l.replace(/^edition: kz-2010/, 'edition: kz-2001'));
  if (shapes.docEnd) lines.push('...', '# after the end');
  const out = `${shapes.bom ? '\uFEFF' : ''}${lines.join('\n')}${shapes.finalNewline ? '\n' : ''}`;
  return spec.crlf ? out.replace(/\n/g, '\r\n') : out;
}

const small = (max: number) => fc.array(fc.nat({ max: 10_000 }), { maxLength: max });

export const standardSpecArb: fc.Arbitrary<StandardSpec> = fc.record({
  base: fc.nat({ max: CLEAN_STANDARDS.length - 1 }),
  comments: fc.array(fc.record({ line: fc.nat({ max: 10_000 }), indent: fc.nat({ max: 12 }), text: fc.nat({ max: 100 }) }), { maxLength: 25 }),
  trailing: fc.array(fc.record({ line: fc.nat({ max: 10_000 }), text: fc.nat({ max: 100 }) }), { maxLength: 25 }),
  lookalikes: fc.array(fc.record({ line: fc.nat({ max: 10_000 }), word: fc.nat({ max: 50 }), letters: fc.nat({ max: 5 }) }), { maxLength: 6 }),
  legacy: fc.array(fc.record({ line: fc.nat({ max: 10_000 }), word: fc.nat({ max: 50 }), nonKazakh: fc.boolean() }), { maxLength: 3 }),
  drops: small(4),
  typos: small(3),
  reorderRoot: fc.oneof(fc.constant(0), fc.nat({ max: 1000 })),
  reorderSection: fc.oneof(fc.constant(0), fc.nat({ max: 1000 })),
  paid: fc.constantFrom<StandardSpec['paid']>('keep', 'keep', 'paid-without-amount', 'free-with-amount'),
  padded: small(3),
  extraLanguage: small(2),
  dropTranslation: small(3),
  conflict: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 1000 }) }),
  editionTypo: fc.oneof({ weight: 20, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  crlf: fc.oneof({ weight: 8, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  shapes: fc.oneof(
    { weight: 1, arbitrary: fc.constant(NO_SHAPES) },
    {
      weight: 3,
      arbitrary: fc.record({
        anchors: small(2),
        blockScalars: small(2),
        quoted: small(2),
        flowTexts: small(2),
        explicitKeys: fc.oneof({ weight: 4, arbitrary: fc.constant<number[]>([]) }, { weight: 1, arbitrary: small(3) }),
        bom: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
        docEnd: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
        finalNewline: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      }),
    },
  ),
});

/** A generated standard, with the spec it was built from (printed when a property fails). */
export const standardArb: fc.Arbitrary<{ spec: StandardSpec; text: string }> = standardSpecArb.map((spec) => ({ spec, text: buildStandard(spec) }));

/** The same from a seeded source. */
export function randomStandardSpec(rng: Rng): StandardSpec {
  const arr = <T>(max: number, f: () => T) => Array.from({ length: rng.int(max + 1) }, f);
  const n = () => rng.int(10_000);
  return {
    base: rng.int(CLEAN_STANDARDS.length),
    comments: arr(25, () => ({ line: n(), indent: rng.int(13), text: rng.int(101) })),
    trailing: arr(25, () => ({ line: n(), text: rng.int(101) })),
    lookalikes: arr(6, () => ({ line: n(), word: rng.int(51), letters: rng.int(6) })),
    legacy: arr(3, () => ({ line: n(), word: rng.int(51), nonKazakh: rng.chance(0.5) })),
    drops: arr(4, n),
    typos: arr(3, n),
    reorderRoot: rng.chance(0.5) ? rng.int(1001) : 0,
    reorderSection: rng.chance(0.5) ? rng.int(1001) : 0,
    paid: rng.pick(['keep', 'keep', 'paid-without-amount', 'free-with-amount'] as const),
    padded: arr(3, n),
    extraLanguage: arr(2, n),
    dropTranslation: arr(3, n),
    conflict: rng.chance(0.2) ? rng.int(1001) : 0,
    editionTypo: rng.chance(0.05),
    crlf: rng.chance(0.1),
    shapes: rng.chance(0.25)
      ? NO_SHAPES
      : {
          anchors: arr(2, n),
          blockScalars: arr(2, n),
          quoted: arr(2, n),
          flowTexts: arr(2, n),
          explicitKeys: rng.chance(0.2) ? arr(3, n) : [],
          bom: rng.chance(0.15),
          docEnd: rng.chance(0.15),
          finalNewline: rng.chance(0.75),
        },
  };
}

/** A real standard cut to about `chars` characters (at a line end) with 1..`maxOps` random mutations: a broken file as writers leave one. */
export function brokenStandard(rng: Rng, chars = 10_000, maxOps = 8): string {
  const base = rng.pick(REAL_STANDARDS);
  const cut = base.indexOf('\n', Math.min(chars, base.length - 1));
  let text = cut === -1 ? base : base.slice(0, cut + 1);
  for (let n = rng.between(1, maxOps); n > 0; n--) text = mutate(text, randomMutation(rng, 200));
  return text;
}

/** fast-check arbitraries of random text, mutations, duplicate keys and alias bombs. */
import fc from 'fast-check';
import { aliasBomb, aliasBombStandard, deepNesting, type Nesting, withDuplicateKeys } from './extremes';
import { mutate, MUTATION_KINDS, type Mutation } from './mutations';
import { REAL_STANDARDS } from './sources';
import { CATALOG_KEYS, CATALOG_VALUES, CONFLICT_MARKERS, EXOTIC, LETTERS, PUNCTUATION, WHITESPACE } from './vocabulary';

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

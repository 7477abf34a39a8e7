/** Generated standards from fast-check or a seeded source, and broken files as writers leave them. */
import fc from 'fast-check';
import { buildStandard } from './build-standard';
import { mutate, randomMutation } from './mutations';
import { CLEAN_STANDARDS, REAL_STANDARDS, Rng } from './sources';
import { NO_SHAPES, type StandardSpec } from './standard-spec';

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
        leadingBlank: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
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
          leadingBlank: rng.chance(0.15),
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

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
export { CLEAN_STANDARDS, REAL_STANDARDS, Rng, seedFrom } from './sources';
export { CATALOG_KEYS, CATALOG_VALUES, CONFLICT_MARKERS, EXOTIC, LETTERS, PUNCTUATION, WHITESPACE } from './vocabulary';
export { aliasBomb, aliasBombStandard, deepNesting, hugeDocument, manyKeys, withDuplicateKeys, type Nesting } from './extremes';
export { mutate, MUTATION_KINDS, randomMutatedStandard, randomMutation, randomToken, randomYamlish, type Mutation, type MutationKind } from './mutations';
export { aliasBombArb, anyInputArb, duplicateKeysArb, linesArb, mutatedStandardArb, mutationArb, tokenArb, yamlishArb } from './arbitraries';
export { COMMENT_TEXTS, DROPPABLE_KEYS, NO_SHAPES, TYPOS, type Shapes, type StandardSpec } from './standard-spec';
export { buildStandard } from './build-standard';
export { brokenStandard, randomStandardSpec, standardArb, standardSpecArb } from './standard-arbitraries';

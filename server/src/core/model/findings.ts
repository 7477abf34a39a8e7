/**
 * What the structural walk notices. Each kind is turned into diagnostics by the rule that owns
 * it (rules/structure/*), so the walk runs once and every rule stays a small module.
 */
import type { EnumValue, Field, ScalarKind, ValueType } from '../catalog/types';
import type { Lang } from '../types';

export type Finding =
  | { kind: 'empty-document'; offset: [number, number] }
  | { kind: 'unknown-key'; offset: [number, number]; key: string; path: string; suggestions: string[]; pairRange: [number, number]; empty?: boolean }
  | {
      kind: 'missing-required';
      offset: [number, number];
      path: string;
      /** The missing key, or several when any one of them would do. */
      keys: string[];
      field?: Field;
      /** Clause the missing key answers (its own, or its parent's). */
      clause?: number;
    }
  | { kind: 'wrong-type'; offset: [number, number]; path: string; expected: ValueType; got: string; clause?: number }
  | { kind: 'enum-value'; offset: [number, number]; path: string; value: string; values: EnumValue[]; suggestions: string[]; clause?: number }
  | { kind: 'empty-list'; offset: [number, number]; path: string; field?: Field; clause?: number }
  | { kind: 'invalid-value'; offset: [number, number]; path: string; type: ScalarKind; value: string; problem: string; detail?: string; clause?: number }
  | { kind: 'missing-translation'; offset: [number, number]; path: string; lang: Lang; empty: boolean; clause?: number }
  | { kind: 'undeclared-language'; offset: [number, number]; path: string; lang: string; declared: Lang[]; pairRange: [number, number]; clause?: number };

export type FindingKind = Finding['kind'];
export type FindingOf<K extends FindingKind> = Extract<Finding, { kind: K }>;

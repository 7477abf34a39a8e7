/** The typed model of one standard: catalog-resolved entries with source ranges. */
import type { Node, Scalar, YAMLMap } from 'yaml';
import type { Catalog, Field, ValueType } from '../catalog/types';
import type { Lang } from '../types';
import type { Finding, FindingKind, FindingOf } from './findings';

export interface Entry {
  /** Dotted path with list indices: `general.legal-basis.0.date`. */
  path: string;
  field?: Field;
  type: ValueType;
  /** The value node; null when the key has no value. */
  node: Node | null;
  /** The key node, for entries that are map values. */
  key?: Scalar;
  /** Value range, or the key's when there is no value. */
  range: [number, number];
  keyRange?: [number, number];
  /** Parsed value: Duration, Money, TimeRange, Date, number, boolean, string, or undefined when invalid. */
  value?: unknown;
  /** Clause the entry belongs to (its own or the nearest ancestor's). */
  clause?: number;
}

/** One language of one text value. */
export interface TextEntry {
  path: string;
  lang: Lang;
  node: Scalar;
  value: string;
  clause?: number;
}

export class Model {
  readonly entries = new Map<string, Entry>();
  /** Entries of each named type (e.g. every `contact`). */
  readonly byType = new Map<string, Entry[]>();
  readonly texts: TextEntry[] = [];
  readonly findings: Finding[] = [];
  /** Each object entry's map, for rules that look at siblings. */
  readonly maps = new Map<string, YAMLMap>();
  /** `languages` is missing, empty or broken: texts are read in any known language and not checked against it. */
  languagesUnknown = false;

  constructor(
    readonly catalog: Catalog | undefined,
    readonly edition: string | undefined,
    readonly languages: Lang[],
  ) {}

  get(path: string): Entry | undefined {
    return this.entries.get(path);
  }

  /** The parsed value at a path, when present and valid. */
  value<T = unknown>(path: string): T | undefined {
    return this.entries.get(path)?.value as T | undefined;
  }

  /** Entries of a list: `path.0`, `path.1`, ... */
  items(path: string): Entry[] {
    const out: Entry[] = [];
    for (let i = 0; ; i++) {
      const e = this.entries.get(`${path}.${i}`);
      if (!e) return out;
      out.push(e);
    }
  }

  private kinds?: Map<string, Entry[]>;

  /**
   * The entries whose type is of `kind` (a list's: `list`), in the order of `entries`. Grouped at the
   * first call, once for the rules that look for values of one kind among all the entries.
   */
  ofKind(kind: ValueType['kind']): readonly Entry[] {
    if (!this.kinds) {
      const kinds = (this.kinds = new Map<string, Entry[]>());
      for (const e of this.entries.values()) {
        const list = kinds.get(e.type.kind);
        if (list) list.push(e);
        else kinds.set(e.type.kind, [e]);
      }
    }
    return this.kinds.get(kind) ?? [];
  }

  ofType(name: string): Entry[] {
    return this.byType.get(name) ?? [];
  }

  find<K extends FindingKind>(kind: K): FindingOf<K>[] {
    return this.findings.filter((f): f is FindingOf<K> => f.kind === kind);
  }
}

/**
 * The analyses of open documents, one per version, for the few documents being worked on (least
 * recently used first out); the rest are recomputed on demand. Like vscode-css-language-features'
 * `languageModelCache`, bounded and keyed by URI and version. A new version is analysed from the
 * last one kept for its URI (see `core/incremental`), which it replaces: the older analysis is
 * not kept, as its Document is reused. A document analysed from nothing (opened, or out of the
 * cache) tells the heap (see `heap.ts`).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from './library';
import { MAX_CHARS, type Analysis } from '../core/engine';
import { heapGrowth } from './heap';

export interface Analysed {
  doc: TextDocument;
  analysis: Analysis;
}

export class AnalysisCache {
  private readonly entries = new Map<string, { version: number; analysis: Analysis; memo: Map<string, unknown> }>();
  /** Bumped for a URI whose analysis is dropped to be made anew (`delete`), and for all (`clear`). */
  private readonly epochs = new Map<string, number>();
  private allEpoch = 0;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    /** `prev`: the last analysis of the URI, an older version (consumed). */
    private readonly analyze: (uri: string, text: string, prev?: Analysis) => Analysis,
    private readonly max = 3,
    private readonly heap: { opened(): void } = heapGrowth,
  ) {}

  /** The analysis of the document's current text (computed once per version). */
  get(uri: string): Analysed | undefined {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const hit = this.entries.get(uri);
    this.entries.delete(uri);
    if (hit && hit.version === doc.version) {
      this.entries.set(uri, hit);
      return { doc, analysis: hit.analysis };
    }
    if (!hit) this.heap.opened();
    const analysis = this.analyze(uri, doc.getText(), hit?.analysis);
    this.entries.set(uri, { version: doc.version, analysis, memo: new Map() });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return { doc, analysis };
  }

  /** The analyses kept for the documents' current versions (none is made). */
  *current(): Generator<Analysis> {
    for (const [uri, hit] of this.entries) if (this.documents.get(uri)?.version === hit.version) yield hit.analysis;
  }

  /**
   * The analysis for an assist (completion, hover, outline, hints): none for a document over the
   * size limit, which the engine does not parse, so that no assist walks its whole text.
   */
  assisted(uri: string): Analysed | undefined {
    const doc = this.documents.get(uri);
    return doc && doc.getText().length <= MAX_CHARS ? this.get(uri) : undefined;
  }

  /**
   * A result derived from the current analysis (outline, folding, links, hints), computed once per
   * version however often the editor asks for it; `key` names the result and what it depends on.
   */
  memo<T>(uri: string, key: string, compute: (got: Analysed) => T): T | undefined {
    const got = this.assisted(uri);
    const entry = got && this.entries.get(uri);
    if (!got || !entry) return undefined;
    if (!entry.memo.has(key)) entry.memo.set(key, compute(got));
    return entry.memo.get(key) as T;
  }

  /**
   * What the analyses of a URI's current version are made from, as a string: it changes when its
   * analysis is dropped to be made anew (the dictionaries were read, the settings changed), not
   * when the cache only lets it go for room (analysed again, it is the same). A report computed
   * from an analysis keeps this rather than the analysis.
   */
  epoch(uri: string): string {
    return `${this.allEpoch}.${this.epochs.get(uri) ?? 0}`;
  }

  /**
   * The URI's analysis is to be made again from the same text with what has changed around it (the
   * dictionaries were read): the next one is derived from it (its parse and model taken as they
   * are, the rules run again) rather than made from nothing, and reports computed before are stale.
   */
  renew(uri: string): void {
    const hit = this.entries.get(uri);
    if (hit) hit.version = Number.NaN;
    this.epochs.set(uri, (this.epochs.get(uri) ?? 0) + 1);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.epochs.set(uri, (this.epochs.get(uri) ?? 0) + 1);
  }

  clear(): void {
    this.entries.clear();
    this.allEpoch++;
  }
}

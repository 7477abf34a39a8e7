import type { Diagnostic, Lang, Localized, Severity } from '../../core/types';

/** What the linter found in one file. */
export interface FileResult {
  /** Path as the user should see it: relative to the working directory, with `/`. */
  file: string;
  /** Absolute path on disk. */
  absPath: string;
  /** The source text, when it could be read (used for code frames and 1-based positions). */
  source?: string;
  /** The text of the lines findings start on, by 0-based line (what the CLI keeps instead of the source). */
  lines?: Record<number, string>;
  diagnostics: Diagnostic[];
}

/** What a formatter knows about a rule (for SARIF rule descriptors and help links). */
export interface RuleInfo {
  code: string;
  title: Localized;
  defaultSeverity: Severity;
  docsUrl: string;
}

export interface FormatOptions {
  lang: Lang;
  /** Colour output (stylish only). */
  color: boolean;
  rules: RuleInfo[];
  toolVersion: string;
}

export type Formatter = (results: FileResult[], options: FormatOptions) => string;

/** What a generated valid standard is made of: the spec, its shapes, the keys, typos and comments it uses. */


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
  /** A blank line before everything (after the byte order mark): the file's first comments then head its first key from line 2. */
  leadingBlank?: boolean;
  /** The `...` end marker, and a comment after it. */
  docEnd: boolean;
  finalNewline: boolean;
}

export const NO_SHAPES: Shapes = { anchors: [], blockScalars: [], quoted: [], flowTexts: [], explicitKeys: [], bom: false, docEnd: false, finalNewline: true };

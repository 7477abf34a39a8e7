/**
 * Single-defect mutants of a clean standard: one slip a writer makes (a misspelt key, a wrong
 * indent, a tab, a lost colon, a half-resolved conflict, a bad value...), planted at several
 * places. Each mutant says on which line the slip is and which rules name it.
 */
import { parseDocument } from 'yaml';

export interface Mutant {
  kind: string;
  text: string;
  /** 1-based line of the mutated text where the first new diagnostic belongs. */
  line: number;
  /** Rules any one of which names this slip. */
  rules: string[];
}

type Lines = string[];
/** A change at line `i` of `lines`: the new lines and the line (0-based, in the new text) the slip is on. */
type Apply = (lines: Lines, i: number) => { lines: Lines; at: number } | undefined;

interface Kind {
  kind: string;
  rules: string[];
  /** Which lines the slip can be planted on. */
  where: RegExp;
  apply: Apply;
}

const KEY = /^(\s*)(- )?([a-z][a-z-]*):(\s|$)/;
const CYR: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х' };

/** Replace line i by `f(line)`. */
const edit = (f: (l: string) => string | undefined): Apply => (lines, i) => {
  const n = f(lines[i]);
  if (n === undefined || n === lines[i]) return undefined;
  return { lines: [...lines.slice(0, i), n, ...lines.slice(i + 1)], at: i };
};

/** Insert `f(line)` lines after line i; the slip is on the first inserted line (or `at`). */
const insertAfter = (f: (l: string) => string[], at = 1): Apply => (lines, i) => ({
  lines: [...lines.slice(0, i + 1), ...f(lines[i]), ...lines.slice(i + 1)],
  at: i + at,
});

const onKey = (f: (key: string) => string | undefined): Apply =>
  edit((l) => {
    const m = KEY.exec(l);
    if (!m) return undefined;
    const k = f(m[3]);
    return k === undefined ? undefined : l.replace(`${m[3]}:`, `${k}:`);
  });

const lookAlike = (latin: string): Apply => onKey((k) => (k.includes(latin) ? k.replace(latin, CYR[latin]) : undefined));

const indentBy = (d: number): Apply =>
  edit((l) => {
    const sp = /^ */.exec(l)![0].length;
    if (sp + d < 0 || !KEY.test(l)) return undefined;
    return ' '.repeat(sp + d) + l.slice(sp);
  });

const value = (v: string): Apply => edit((l) => l.replace(/^(\s*(?:- )?[a-z][a-z-]*: ).*$/, `$1${v}`));

const KINDS: Kind[] = [
  { kind: 'key: letter dropped', rules: ['unknown-key'], where: /^\s+[a-z-]{6,}:/, apply: onKey((k) => k.slice(0, 2) + k.slice(3)) },
  { kind: 'key: letters swapped', rules: ['unknown-key'], where: /^\s+[a-z-]{6,}:/, apply: onKey((k) => k.slice(0, 1) + k[2] + k[1] + k.slice(3)) },
  { kind: 'key: letter doubled', rules: ['unknown-key'], where: /^\s+[a-z-]{5,}:/, apply: onKey((k) => k.slice(0, 3) + k[2] + k.slice(3)) },
  { kind: 'key: capital letter', rules: ['unknown-key'], where: /^\s+[a-z-]{4,}:/, apply: onKey((k) => k[0].toUpperCase() + k.slice(1)) },
  { kind: 'key: underscore for hyphen', rules: ['unknown-key'], where: /^\s+[a-z]+-[a-z-]+:/, apply: onKey((k) => k.replace('-', '_')) },
  ...Object.keys(CYR).map((c): Kind => ({ kind: `key: Cyrillic look-alike ${c}`, rules: ['unknown-key'], where: new RegExp(`^\\s*[a-z-]*${c}[a-z-]*:`), apply: lookAlike(c) })),
  { kind: 'key: `languages` with Cyrillic а', rules: ['unknown-key'], where: /^languages:/, apply: lookAlike('a') },
  ...[1, 2, 3].map((d): Kind => ({ kind: `indent +${d} on a key with a value`, rules: ['syntax', 'unknown-key'], where: /^\s+[a-z-]+: \S/, apply: indentBy(d) })),
  ...[1, 3].map((d): Kind => ({ kind: `indent -${d} on a key with a value`, rules: ['syntax', 'unknown-key'], where: /^ {4,}[a-z-]+: \S/, apply: indentBy(-d) })),
  { kind: 'indent -2 on a key with a value', rules: ['unknown-key', 'syntax'], where: /^ {4,}[a-z-]+: \S/, apply: indentBy(-2) },
  ...[1, 2].map((d): Kind => ({ kind: `indent +${d} on a key opening a block`, rules: ['syntax', 'unknown-key'], where: /^ {2}[a-z-]+:$/, apply: indentBy(d) })),
  { kind: 'indent -1 on a key opening a block', rules: ['syntax'], where: /^ {2,}[a-z-]+:$/, apply: indentBy(-1) },
  { kind: 'tab for the indent of a key', rules: ['syntax'], where: /^ {2}[a-z-]+: \S/, apply: edit((l) => l.replace(/^ {2}/, '\t')) },
  { kind: 'tab for the indent of a block key', rules: ['syntax'], where: /^ {2}[a-z-]+:$/, apply: edit((l) => l.replace(/^ {2}/, '\t')) },
  { kind: 'tab before the indent', rules: ['syntax'], where: /^ {4}[a-z-]+: \S/, apply: edit((l) => `\t${l}`) },
  { kind: 'colon deleted', rules: ['syntax'], where: /^\s+[a-z-]+: [a-z0-9]/, apply: edit((l) => l.replace(': ', ' ')) },
  { kind: 'space after colon deleted', rules: ['syntax', 'wrong-type', 'missing-required', 'unknown-key'], where: /^\s+[a-z-]+: [a-z0-9]/, apply: edit((l) => l.replace(': ', ':')) },
  { kind: '`=` for the colon', rules: ['syntax'], where: /^\s+[a-z-]+: [a-z0-9]/, apply: edit((l) => l.replace(': ', ' = ')) },
  {
    kind: 'required key line deleted',
    rules: ['missing-required'],
    where: /^ {4}(max-wait|max-service|kind|article|receipt-document|targets-approval|response-deadline): \S/,
    apply: (lines, i) => {
      const indent = /^ */.exec(lines[i])![0].length;
      let p = i - 1;
      while (p >= 0 && (/^\s*(#|$)/.test(lines[p]) || /^ */.exec(lines[p])![0].length >= indent)) p--;
      return { lines: [...lines.slice(0, i), ...lines.slice(i + 1)], at: p };
    },
  },
  { kind: 'key line duplicated', rules: ['duplicate-key'], where: /^\s+[a-z-]+: \S/, apply: insertAfter((l) => [l]) },
  { kind: 'lone `>>>>>>>`', rules: ['merge-conflict'], where: /^\s+[a-z-]+: \S/, apply: insertAfter(() => ['>>>>>>> feature/x']) },
  { kind: 'lone `<<<<<<<`', rules: ['merge-conflict'], where: /^\s+[a-z-]+: \S/, apply: insertAfter(() => ['<<<<<<< HEAD']) },
  { kind: 'lone `=======`', rules: ['merge-conflict'], where: /^\s+[a-z-]+: \S/, apply: insertAfter(() => ['=======']) },
  {
    kind: 'half conflict: no `>>>>>>>`',
    rules: ['merge-conflict'],
    where: /^\s+[a-z-]+: \S/,
    apply: (lines, i) => ({ lines: [...lines.slice(0, i), '<<<<<<< HEAD', lines[i], '=======', lines[i], ...lines.slice(i + 1)], at: i }),
  },
  {
    kind: 'half conflict: no `<<<<<<<`',
    rules: ['merge-conflict'],
    where: /^\s+[a-z-]+: \S/,
    apply: (lines, i) => ({ lines: [...lines.slice(0, i + 1), '=======', lines[i], '>>>>>>> feature/x', ...lines.slice(i + 1)], at: i + 1 }),
  },
  { kind: 'unknown alias (Cyrillic)', rules: ['syntax'], where: /^\s+[a-z-]+: [a-z0-9"]/, apply: value('*бакылау') },
  { kind: 'unknown alias (Latin)', rules: ['syntax'], where: /^\s+[a-z-]+: [a-z0-9"]/, apply: value('*contact') },
  { kind: 'unclosed double quote', rules: ['syntax'], where: /^\s+[a-z-]+: [a-z0-9]/, apply: edit((l) => l.replace(': ', ': "')) },
  { kind: 'unclosed single quote', rules: ['syntax'], where: /^\s+[a-z-]+: [a-z0-9]/, apply: edit((l) => l.replace(': ', ": '")) },
  { kind: 'unclosed flow list', rules: ['syntax'], where: /^\s+[a-z-]+: \[.*\]$/, apply: edit((l) => l.replace(/\]$/, '')) },
  { kind: 'unclosed flow mapping', rules: ['syntax'], where: /^\s+[a-z-]+: +\{.*\}$/, apply: edit((l) => l.replace(/\}$/, '')) },
  { kind: 'enum value misspelt', rules: ['enum-value'], where: /^\s+(- )?(form|kind|channel): [a-z-]{5,}$/, apply: edit((l) => l.replace(/: ([a-z])([a-z])/, ': $2$1')) },
  { kind: 'enum value unknown', rules: ['enum-value'], where: /^\s+(- )?(form|kind|channel): [a-z-]+$/, apply: edit((l) => l.replace(/: .*/, ': something-else')) },
  { kind: 'enum item misspelt in a flow list', rules: ['enum-value'], where: /^\s+(days|recipients|delivery): \[/, apply: edit((l) => l.replace(/\[([a-z])([a-z])/, '[$2$1')) },
  { kind: 'principle misspelt', rules: ['enum-value'], where: /^principles: \[politeness/, apply: edit((l) => l.replace('politeness', 'politness')) },
  {
    kind: 'list written as a word',
    rules: ['wrong-type'],
    where: /^\s+(documents|internal-order|legal-basis|information):$/,
    apply: (lines, i) => {
      const indent = /^ */.exec(lines[i])![0].length;
      let j = i + 1;
      while (j < lines.length && (/^\s*$/.test(lines[j]) || /^ */.exec(lines[j])![0].length > indent || lines[j].startsWith(`${' '.repeat(indent)}- `))) j++;
      return { lines: [...lines.slice(0, i), `${lines[i]} none`, ...lines.slice(j)], at: i };
    },
  },
  { kind: 'scalar written as a list', rules: ['wrong-type'], where: /^\s+(max-wait|max-service|response-deadline|hours): \S/, apply: edit((l) => l.replace(/: (.*)$/, ': [$1]')) },
  { kind: 'boolean written as a word', rules: ['wrong-type'], where: /^\s+(paid|available): (true|false)$/, apply: value('maybe') },
  { kind: 'number written as a word', rules: ['wrong-type'], where: /^\s+[a-z-]+: +\{normative: \d+/, apply: edit((l) => l.replace(/normative: \d+/, 'normative: high')) },
  { kind: 'required list emptied', rules: ['empty-list'], where: /^\s+(recipients|delivery|days|form): \[/, apply: edit((l) => l.replace(/\[.*\]/, '[]')) },
  { kind: '`languages` emptied', rules: ['empty-list'], where: /^languages: \[/, apply: edit(() => 'languages: []') },
  { kind: 'language in `languages` misspelt', rules: ['enum-value'], where: /^languages: \[kk, ru\]/, apply: edit(() => 'languages: [kk, rru]') },
  { kind: 'date not in the calendar', rules: ['legal-basis'], where: /^ {6}date: \d{4}-\d\d-\d\d$/, apply: edit((l) => l.replace(/-\d\d-\d\d$/, '-02-30')) },
  { kind: 'date in the future', rules: ['legal-basis'], where: /^ {6}date: \d{4}-\d\d-\d\d$/, apply: edit((l) => l.replace(/\d{4}-/, '2031-')) },
  { kind: 'date written day-first', rules: ['legal-basis', 'wrong-type'], where: /^ {6}date: \d{4}-\d\d-\d\d$/, apply: edit((l) => l.replace(/(\d{4})-(\d\d)-(\d\d)$/, '$3.$2.$1')) },
  { kind: 'duration unit misspelt', rules: ['invalid-value'], where: /^\s+[a-z-]+: \d+ (minutes|working-days|calendar-days)$/, apply: edit((l) => l.replace(/ ([a-z]+)(s|-days)$/, ' $1z')) },
  { kind: 'duration without a number', rules: ['invalid-value'], where: /^\s+[a-z-]+: \d+ (minutes|working-days|calendar-days)$/, apply: edit((l) => l.replace(/: \d+ /, ': ')) },
  { kind: 'duration of zero', rules: ['invalid-value'], where: /^\s+[a-z-]+: \d+ (minutes|working-days|calendar-days)$/, apply: edit((l) => l.replace(/: \d+ /, ': 0 ')) },
  { kind: 'time range reversed', rules: ['invalid-value'], where: /^\s+hours: \d\d:\d\d-\d\d:\d\d$/, apply: edit((l) => l.replace(/(\d\d:\d\d)-(\d\d:\d\d)/, '$2-$1')) },
  { kind: 'time range malformed', rules: ['invalid-value'], where: /^\s+hours: \d\d:\d\d-\d\d:\d\d$/, apply: edit((l) => l.replace(/\d\d:\d\d-\d\d:\d\d/, '9-18')) },
  { kind: 'email with two @', rules: ['contacts'], where: /^\s+email: \S+@\S+$/, apply: edit((l) => l.replace('@', '@@')) },
  { kind: 'email without @', rules: ['contacts'], where: /^\s+email: \S+@\S+$/, apply: edit((l) => l.replace('@', '.')) },
  { kind: 'phone too short', rules: ['contacts'], where: /^\s+phone: "\+7/, apply: edit((l) => l.replace(/\d\d"$/, '"')) },
  { kind: 'website malformed', rules: ['contacts'], where: /^\s+website: www\./, apply: edit((l) => l.replace('www.', 'www,')) },
  { kind: 'percent over 100', rules: ['indicators'], where: /^\s+[a-z-]+: +\{normative: \d+/, apply: edit((l) => l.replace(/target: \d+/, 'target: 150')) },
  { kind: 'language key misspelt `rru`', rules: ['undeclared-language'], where: /^\s+(- )?ru: \S/, apply: edit((l) => l.replace('ru:', 'rru:')) },
  { kind: 'language key `kz` for `kk`', rules: ['undeclared-language'], where: /^\s+(- )?kk: \S/, apply: edit((l) => l.replace('kk:', 'kz:')) },
  { kind: 'language key in Cyrillic', rules: ['undeclared-language'], where: /^\s+(- )?kk: \S/, apply: edit((l) => l.replace('kk:', 'кк:')) },
  { kind: 'translation emptied', rules: ['missing-translation'], where: /^\s+ru: \S/, apply: edit((l) => l.replace(/ru: .*/, 'ru: ""')) },
  { kind: 'placeholder text', rules: ['text-hygiene'], where: /^\s+ru: \S/, apply: edit((l) => l.replace(/ru: .*/, 'ru: TODO')) },
  { kind: 'Latin look-alike in a Kazakh word', rules: ['orthography'], where: /^\s+(- )?kk: .*[а-я]о[а-я]/, apply: edit((l) => l.replace(/([а-я])о([а-я])/, '$1o$2')) },
  { kind: 'non-Kazakh letter in a Kazakh word', rules: ['orthography'], where: /^\s+(- )?kk: .*[а-я]ғ[а-я]/, apply: edit((l) => l.replace(/([а-я])ғ([а-я])/, '$1Њ$2')) },
  { kind: 'stray text line', rules: ['syntax'], where: /^\s+[a-z-]+: \S/, apply: insertAfter((l) => [`${/^\s*/.exec(l)![0]}see the attached order`]) },
  { kind: 'stray text at column 0', rules: ['syntax'], where: /^\s+[a-z-]+: \S/, apply: insertAfter(() => ['Note']) },
  {
    kind: 'list dash deleted',
    rules: ['duplicate-key', 'syntax'],
    where: /^\s+- kind: /,
    // Not on the first item: that one turns the list into a mapping (see the kind below).
    apply: (lines, i) => (/^\s+- kind: /.test(lines.slice(0, i).reverse().find((l) => /^\s+- /.test(l)) ?? '') ? edit((l) => l.replace('- ', '  '))(lines, i) : undefined),
  },
  {
    kind: 'list dash deleted on the first item',
    rules: ['wrong-type', 'syntax'],
    where: /^\s+- kind: /,
    apply: (lines, i) => (/^\s+[a-z-]+:$/.test(lines[i - 1]) ? edit((l) => l.replace('- ', '  '))(lines, i) : undefined),
  },
  { kind: 'edition misspelt', rules: ['unknown-edition'], where: /^edition: kz-2010$/, apply: edit(() => 'edition: kz-2001') },
  {
    kind: '`edition` not the first key',
    rules: ['edition-position'],
    where: /^edition: /,
    apply: (lines, i) => ({ lines: [...lines.slice(0, i), lines[i + 1], lines[i], ...lines.slice(i + 2)], at: i + 1 }),
  },
];

/** Places for a kind: up to `n` matching lines, spread over the file. */
function places(lines: Lines, where: RegExp, n: number): number[] {
  const all = lines.map((l, i) => (where.test(l) ? i : -1)).filter((i) => i >= 0);
  if (all.length <= n) return all;
  return Array.from({ length: n }, (_, k) => all[Math.round((k * (all.length - 1)) / (n - 1))]);
}

/** The data a text holds, when it parses cleanly (a change that keeps it is no slip). */
function data(text: string): string | undefined {
  const doc = parseDocument(text, { uniqueKeys: false });
  try {
    return doc.errors.length ? undefined : JSON.stringify(doc.toJS({ maxAliasCount: -1 }));
  } catch {
    return undefined;
  }
}

export function mutants(text: string, perKind = 3): Mutant[] {
  const lines = text.split('\n');
  const clean = data(text);
  const out: Mutant[] = [];
  for (const k of KINDS) {
    for (const i of places(lines, k.where, perKind)) {
      const r = k.apply(lines, i);
      if (!r) continue;
      const mutated = r.lines.join('\n');
      if (data(mutated) === clean) continue;
      out.push({ kind: k.kind, text: mutated, line: r.at + 1, rules: k.rules });
    }
  }
  return out;
}

export const KIND_COUNT = KINDS.length;

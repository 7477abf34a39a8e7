/**
 * The rules index, `docs/rules/README.md`, written from the rule registry: each rule's code, default
 * severity, the clauses it checks (numbered by the default edition) and what it reports.
 */
import { defaultEdition, editions, getCatalog } from '../server/src/core/catalog';
import type { Catalog } from '../server/src/core/catalog/types';
import { rules, type RuleGroup, type RuleMeta } from '../server/src/core/rules';
import { clauseOf, refName } from '../server/src/core/rules/messages';

const GROUPS: [RuleGroup, string][] = [
  ['structure', 'Structure'],
  ['consistency', "Consistency (from the model's text)"],
  ['text', 'Text'],
  ['workspace', 'Workspace'],
];

/** Clause numbers in order, runs of three or more as `3–6`; a sub-clause by its label (`7.1 a)`). */
export function clauseColumn(catalog: Catalog, clauses: RuleMeta['clauses']): string {
  if (clauses === 'any') return 'any';
  const found = clauses.map((p) => clauseOf(catalog, p)).filter((c) => c !== undefined);
  const sorted = [...new Map(found.map((c) => [c.ref ?? String(c.number), c])).values()].sort((a, b) => a.number - b.number || (a.ref ?? '').localeCompare(b.ref ?? ''));
  const out: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i];
    if (c.ref) {
      out.push(refName(c.ref).en);
      continue;
    }
    let j = i;
    while (j + 1 < sorted.length && !sorted[j + 1].ref && sorted[j + 1].number === sorted[j].number + 1) j++;
    out.push(j - i >= 2 ? `${c.number}–${sorted[j].number}` : sorted.slice(i, j + 1).map((x) => x.number).join(', '));
    i = j;
  }
  return out.length ? out.join(', ') : '—';
}

function row(catalog: Catalog, r: RuleMeta): string {
  const severity = r.otherSeverities ? `${r.defaultSeverity} (${r.otherSeverities})` : r.defaultSeverity;
  return `| [\`${r.code}\`](${r.code}.md) | ${severity} | ${clauseColumn(catalog, r.clauses)} | ${r.summary.en} |`;
}

const HEAD = (list: string) => `# Rules

<!-- Written by \`npm run generate\` from the rule registry (server/src/core/rules): edit the rules, not this file. -->

Every diagnostic of \`service-standard\` carries a stable rule code. Each code has a page here
describing what it checks, an example with the real message (en, kk, ru), how to fix it and
how to configure it. The dialect itself (edition ${list}) is described in the dialect
contract; clause numbers refer to the model standard of public service (Government Decree
No. 558 of 30 June 2007 as amended by Decree No. 632 of 26 June 2010) and are those of the
default edition: a rule finds its clauses by their keys, so another edition numbers them its own way.

\`service-standard rules\` lists the same rules with their titles and default severities.
`;

const CONFIG = `## Configuration

Put a file named \`.service-standard.yaml\` in the repository. For each standard, the tool
uses the nearest such file found by walking up from the standard's directory; the search
stops at the directory holding \`.git\` (the repository root) or at the file-system root.
Without a config file every rule runs with its default severity.

\`\`\`yaml
# .service-standard.yaml
language: ru              # message language: kk | ru | en
rules:                    # rule code: error | warning | info | off
  orthography: error
  missing-translation: info
  text-hygiene: off
\`\`\`

- \`language\` picks the language of the messages (\`auto\`, or no key, keeps the default,
  English). In the CLI, \`--lang kk|ru|en\` takes precedence over it.
- \`rules\` maps a rule code to a severity. \`off\` turns the rule off. A severity set here
  replaces the severity of **every** finding of the rule, including those that normally
  differ from the default (for example \`indicators: warning\` also turns its out-of-range
  errors and its info findings into warnings).
- \`ignore\` (optional) is a list of globs, relative to the config file, for standards the CLI
  skips when it lints a directory (for example \`examples/broken/**\`); a file named on the
  command line is always linted.
- An unknown setting, an unknown rule code (with a suggestion such as
  \`\`Unknown rule \`text-hygeine\` (text-hygiene?).\`\`) or a severity other than the four above is
  reported as a problem with the config file and that entry is ignored; the CLI then exits
  with code 2.
- "Fix all" (\`source.fixAll\`) applies the fixes of ${rules.filter((r) => r.fixAllSafe).map((r) => `\`${r.code}\``).join(' and ')} only: they change
  nothing but the characters at fault.
`;

export function rulesIndex(): string {
  const catalog = getCatalog(defaultEdition)!;
  const parts = [HEAD(Object.keys(editions).map((e) => `\`${e}\``).join(', '))];
  for (const [group, heading] of GROUPS) {
    const mine = rules.filter((r) => r.group === group);
    if (!mine.length) continue;
    parts.push(`## ${heading}\n\n| Rule | Default | Clause | Reports |\n|---|---|---|---|\n${mine.map((r) => row(catalog, r)).join('\n')}\n`);
  }
  parts.push(CONFIG);
  return parts.join('\n');
}

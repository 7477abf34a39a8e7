/**
 * The rule registry `server/src/core/rules/registry.ts`, written by `npm run generate` from the rule
 * folders: every module of `rules/<group>/` that exports `rule`, the groups in the order of the rules
 * index, the rules of a group by code. Adding a rule means adding its module: the core reads no
 * files, so the list it imports is generated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleGroup } from '../server/src/core/rules/rule';

export const GROUPS: RuleGroup[] = ['structure', 'consistency', 'text', 'workspace'];
const RULES_DIR = join(__dirname, '..', 'server', 'src', 'core', 'rules');
export const REGISTRY_PATH = 'server/src/core/rules/registry.ts';

/** The rule modules of each group folder, as `group/code`, in registry order. */
export function ruleModules(dir = RULES_DIR): string[] {
  return GROUPS.flatMap((group) =>
    readdirSync(join(dir, group))
      .filter((f) => f.endsWith('.ts') && /^export const rule: Rule\b/m.test(readFileSync(join(dir, group, f), 'utf8')))
      .map((f) => `${group}/${f.slice(0, -3)}`)
      .sort(),
  );
}

const identifier = (module: string) => module.split('/')[1].replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export function ruleRegistry(modules = ruleModules()): string {
  const imports = modules.map((m) => `import { rule as ${identifier(m)} } from './${m}';`);
  return [
    '/** Every rule module of the rule folders. Written by `npm run generate` (scripts/rule-registry.ts): do not edit. */',
    "import type { Rule } from './rule';",
    ...imports,
    '',
    'export const registry: Rule[] = [',
    ...modules.map((m) => `  ${identifier(m)},`),
    '];',
    '',
  ].join('\n');
}

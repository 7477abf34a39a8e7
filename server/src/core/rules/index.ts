/** The rules: the registry and the lookups derived from it. */
import type { Rule } from './rule';
import { registry } from './registry';

/** Every rule (the modules of the rule folders, listed in `registry.ts` by `npm run generate`). */
export const rules: Rule[] = registry;

export const ruleByCode = new Map(rules.map((r) => [r.code, r]));

/** Rules whose fixes "fix all" applies without asking. */
export const fixAllCodes: string[] = rules.filter((r) => r.fixAllSafe).map((r) => r.code);

export type { Rule, RuleContext, RuleGroup, RuleMeta } from './rule';

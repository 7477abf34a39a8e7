/** Every rule, in the order their diagnostics are reported. */
import type { Rule } from './rule';
import { rule as syntax } from './structure/syntax';
import { rule as mergeConflict } from './structure/merge-conflict';
import { rule as duplicateKey } from './structure/duplicate-key';
import { rule as unknownEdition } from './structure/unknown-edition';
import { rule as editionPosition } from './structure/edition-position';
import { rule as unknownKey } from './structure/unknown-key';
import { rule as missingRequired } from './structure/missing-required';
import { rule as wrongType } from './structure/wrong-type';
import { rule as enumValue } from './structure/enum-value';
import { rule as emptyList } from './structure/empty-list';
import { rule as invalidValue } from './structure/invalid-value';
import { rule as missingTranslation } from './structure/missing-translation';
import { rule as undeclaredLanguage } from './structure/undeclared-language';
import { rule as unusedDisable } from './structure/unused-disable';
import { rule as fee } from './consistency/fee-consistency';
import { rule as deadlineDocuments } from './consistency/deadline-documents';
import { rule as deadlineRequired } from './consistency/deadline-required';
import { rule as onTheSpot } from './consistency/on-the-spot-time';
import { rule as automation } from './consistency/automation-consistency';
import { rule as schedule } from './consistency/schedule-consistency';
import { rule as indicators } from './consistency/indicators';
import { rule as contacts } from './consistency/contacts';
import { rule as legalBasis } from './consistency/legal-basis';
import { rule as sampleValue } from './consistency/sample-value';
import { rule as textHygiene } from './text/text-hygiene';
import { rule as orthography } from './text/orthography';
import { rule as duplicateServiceCode } from './workspace/duplicate-service-code';

export const rules: Rule[] = [
  syntax,
  mergeConflict,
  duplicateKey,
  unknownEdition,
  editionPosition,
  unknownKey,
  missingRequired,
  wrongType,
  enumValue,
  emptyList,
  invalidValue,
  missingTranslation,
  undeclaredLanguage,
  unusedDisable,
  fee,
  deadlineDocuments,
  deadlineRequired,
  onTheSpot,
  automation,
  schedule,
  indicators,
  contacts,
  legalBasis,
  sampleValue,
  textHygiene,
  orthography,
  duplicateServiceCode,
];

export const ruleByCode = new Map(rules.map((r) => [r.code, r]));

/** Rules whose fixes "fix all" applies without asking. */
export const fixAllCodes: string[] = rules.filter((r) => r.fixAllSafe).map((r) => r.code);

export type { Rule, RuleContext, RuleGroup, RuleMeta } from './rule';

/** Every rule module of the rule folders. Written by `npm run generate` (scripts/rule-registry.ts): do not edit. */
import type { Rule } from './rule';
import { rule as duplicateKey } from './structure/duplicate-key';
import { rule as editionPosition } from './structure/edition-position';
import { rule as emptyList } from './structure/empty-list';
import { rule as enumValue } from './structure/enum-value';
import { rule as invalidValue } from './structure/invalid-value';
import { rule as mergeConflict } from './structure/merge-conflict';
import { rule as missingRequired } from './structure/missing-required';
import { rule as missingTranslation } from './structure/missing-translation';
import { rule as syntax } from './structure/syntax';
import { rule as undeclaredLanguage } from './structure/undeclared-language';
import { rule as unknownEdition } from './structure/unknown-edition';
import { rule as unknownKey } from './structure/unknown-key';
import { rule as unusedDisable } from './structure/unused-disable';
import { rule as wrongType } from './structure/wrong-type';
import { rule as automationConsistency } from './consistency/automation-consistency';
import { rule as contacts } from './consistency/contacts';
import { rule as deadlineDocuments } from './consistency/deadline-documents';
import { rule as deadlineRequired } from './consistency/deadline-required';
import { rule as feeConsistency } from './consistency/fee-consistency';
import { rule as indicators } from './consistency/indicators';
import { rule as legalBasis } from './consistency/legal-basis';
import { rule as onTheSpotTime } from './consistency/on-the-spot-time';
import { rule as sampleValue } from './consistency/sample-value';
import { rule as scheduleConsistency } from './consistency/schedule-consistency';
import { rule as orthography } from './text/orthography';
import { rule as spelling } from './text/spelling';
import { rule as textHygiene } from './text/text-hygiene';
import { rule as duplicateServiceCode } from './workspace/duplicate-service-code';

export const registry: Rule[] = [
  duplicateKey,
  editionPosition,
  emptyList,
  enumValue,
  invalidValue,
  mergeConflict,
  missingRequired,
  missingTranslation,
  syntax,
  undeclaredLanguage,
  unknownEdition,
  unknownKey,
  unusedDisable,
  wrongType,
  automationConsistency,
  contacts,
  deadlineDocuments,
  deadlineRequired,
  feeConsistency,
  indicators,
  legalBasis,
  onTheSpotTime,
  sampleValue,
  scheduleConsistency,
  orthography,
  spelling,
  textHygiene,
  duplicateServiceCode,
];

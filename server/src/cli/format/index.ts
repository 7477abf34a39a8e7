/** The output formats of `service-standard lint --format <name>`. */
import { github } from './github';
import { gitlab } from './gitlab';
import { json } from './json';
import { sarif } from './sarif';
import { stylish } from './stylish';
import type { Formatter } from './types';

export type FormatName = 'stylish' | 'json' | 'sarif' | 'github' | 'gitlab';

export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, github, gitlab };

export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(formatters, name);
}

export type { FileResult, FormatOptions, Formatter, RuleInfo } from './types';

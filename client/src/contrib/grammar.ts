/**
 * The TextMate grammar of the dialect, generated from the catalog: YAML highlighting plus scopes
 * for clause and section keys, enum values, durations, money, times, phones, emails and links.
 */
import type { Catalog, Field, ValueType } from '../../../server/src/core/catalog/types';
import { DURATION_WORDS } from '../../../server/src/core/values/duration';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map(esc).join('|');

/** The keys and values to scope, over every edition given (VS Code has one grammar per language). */
function collect(catalogs: Catalog[]) {
  const clauseKeys = new Set<string>();
  const sectionKeys = new Set<string>();
  const enumValues = new Set<string>();
  for (const catalog of catalogs) collectOne(catalog, clauseKeys, sectionKeys, enumValues);
  return { clauseKeys: [...clauseKeys], sectionKeys: [...sectionKeys], enumValues: [...enumValues] };
}

function collectOne(catalog: Catalog, clauseKeys: Set<string>, sectionKeys: Set<string>, enumValues: Set<string>): void {
  const seen = new Set<ValueType>();
  const visitType = (t: ValueType) => {
    if (seen.has(t)) return;
    seen.add(t);
    if (t.kind === 'enum') for (const v of t.values) enumValues.add(v.value);
    else if (t.kind === 'list') visitType(t.item);
    else if (t.kind === 'ref') visitType(catalog.types[t.name]);
    else if (t.kind === 'object') visitFields(t.fields);
  };
  const visitFields = (fields: Field[]) => {
    for (const f of fields) {
      if (f.clause !== undefined) clauseKeys.add(f.key);
      if (f.section !== undefined) sectionKeys.add(f.key);
      visitType(f.type);
    }
  };
  visitFields(catalog.root.fields);
  for (const lang of catalog.languages) enumValues.delete(lang);
}

const VALUE_END = '(?=\\s*(?:$|#|,|\\]|\\}))';
const VALUE_START = '(?<=^|[\\s\\[{,:-])';

export function grammar(...catalogs: Catalog[]): object {
  const { clauseKeys, sectionKeys, enumValues } = collect(catalogs);
  const number = '\\d+(?:[.,]\\d+)?';
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Service Standard (YAML)',
    scopeName: 'source.service-standard',
    fileTypes: ['standard.yaml', 'standard.yml'],
    patterns: [{ include: '#comment' }, { include: '#document' }, { include: '#block-scalar' }, { include: '#key' }, { include: '#item' }, { include: '#values' }],
    repository: {
      comment: {
        match: '(?:^|(?<=\\s))(#).*$',
        name: 'comment.line.number-sign.yaml',
        captures: { 1: { name: 'punctuation.definition.comment.yaml' } },
      },
      document: {
        match: '^(?:---|\\.\\.\\.)(?=\\s|$)',
        name: 'entity.other.document.begin.yaml',
      },
      'block-scalar': {
        begin: '^(\\s*)(?:(-)\\s+)?(?:([^\\s#:\'"{}\\[\\],][^#:]*?)\\s*(:)\\s+)?([|>][-+0-9]*)\\s*(#.*)?$',
        beginCaptures: {
          2: { name: 'punctuation.definition.block.sequence.item.yaml' },
          3: { name: 'entity.name.tag.yaml' },
          4: { name: 'punctuation.separator.key-value.mapping.yaml' },
          5: { name: 'keyword.control.flow.block-scalar.yaml' },
          6: { name: 'comment.line.number-sign.yaml' },
        },
        while: '^(?:\\1\\s+|\\s*$)',
        contentName: 'string.unquoted.block.yaml',
      },
      key: {
        patterns: [
          {
            match: `^(${alt(sectionKeys)})\\s*(:)(?=\\s|$)`,
            captures: { 1: { name: 'entity.name.section.service-standard' }, 2: { name: 'punctuation.separator.key-value.mapping.yaml' } },
          },
          {
            match: `^(\\s*)(?:(-)\\s+)?(${alt(clauseKeys)})\\s*(:)(?=\\s|$)`,
            captures: {
              2: { name: 'punctuation.definition.block.sequence.item.yaml' },
              3: { name: 'entity.name.tag.clause.service-standard' },
              4: { name: 'punctuation.separator.key-value.mapping.yaml' },
            },
          },
          {
            match: '^(\\s*)(?:(-)\\s+)?([^\\s#:\'"{}\\[\\],][^#:]*?|"[^"]*"|\'[^\']*\')\\s*(:)(?=\\s|$)',
            captures: {
              2: { name: 'punctuation.definition.block.sequence.item.yaml' },
              3: { name: 'entity.name.tag.yaml' },
              4: { name: 'punctuation.separator.key-value.mapping.yaml' },
            },
          },
        ],
      },
      item: {
        match: '^\\s*(-)(?=\\s|$)',
        captures: { 1: { name: 'punctuation.definition.block.sequence.item.yaml' } },
      },
      values: {
        patterns: [
          { include: '#comment' },
          { include: '#flow-key' },
          { match: '[{}\\[\\]]', name: 'punctuation.definition.flow.yaml' },
          { match: ',', name: 'punctuation.separator.flow.yaml' },
          { include: '#string' },
          { include: '#email' },
          { include: '#url' },
          { include: '#duration' },
          { include: '#money' },
          { include: '#time' },
          { include: '#phone' },
          { include: '#date' },
          { include: '#enum' },
          { match: `${VALUE_START}(true|false)${VALUE_END}`, name: 'constant.language.boolean.yaml' },
          { match: `${VALUE_START}(null|~)${VALUE_END}`, name: 'constant.language.null.yaml' },
          { match: `${VALUE_START}-?${number}${VALUE_END}`, name: 'constant.numeric.yaml' },
          { match: '[&*][^\\s,\\[\\]{}]+', name: 'variable.other.alias.yaml' },
        ],
      },
      'flow-key': {
        match: '([{,])\\s*([^\\s:,{}\\[\\]]+)\\s*(:)(?=\\s)',
        captures: {
          1: { name: 'punctuation.definition.flow.yaml' },
          2: { name: 'entity.name.tag.yaml' },
          3: { name: 'punctuation.separator.key-value.mapping.yaml' },
        },
      },
      string: {
        patterns: [
          { begin: '"', end: '"', name: 'string.quoted.double.yaml', patterns: [{ match: '\\\\.', name: 'constant.character.escape.yaml' }] },
          { begin: "'", end: "'", name: 'string.quoted.single.yaml', patterns: [{ match: "''", name: 'constant.character.escape.yaml' }] },
        ],
      },
      email: { match: '[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', name: 'markup.underline.link.email.service-standard' },
      url: { match: '(?:https?://|www\\.)[^\\s,\\]}#"\']+', name: 'markup.underline.link.service-standard' },
      duration: { match: `${VALUE_START}${number}\\s*(?:${alt(DURATION_WORDS)})${VALUE_END}`, name: 'constant.numeric.duration.service-standard' },
      money: { match: `${VALUE_START}${number}\\s*(?:MCI|mci|KZT|kzt|АЕК|МРП|тг|теңге|тенге|₸)${VALUE_END}`, name: 'constant.numeric.money.service-standard' },
      time: { match: `${VALUE_START}\\d{1,2}:\\d{2}(?:\\s*[-–—]\\s*\\d{1,2}:\\d{2})?${VALUE_END}`, name: 'constant.numeric.time.service-standard' },
      phone: { match: `${VALUE_START}(?:\\+\\d[\\d\\s()-]{6,}\\d|8[\\s(]*\\d{3,4}[\\d\\s()-]{5,}\\d)`, name: 'constant.other.phone.service-standard' },
      date: { match: `${VALUE_START}\\d{4}-\\d{2}-\\d{2}${VALUE_END}`, name: 'constant.other.date.service-standard' },
      enum: { match: `${VALUE_START}(?:${alt(enumValues)})${VALUE_END}`, name: 'support.constant.enum.service-standard' },
    },
  };
}

/**
 * JSON Schema (draft 2020-12) generated from an edition catalog, so editors and validators
 * that know nothing of this tool still get the structural checks.
 */
import type { Catalog, Field, ValueType } from '../catalog/types';
import { schemaUrl } from '../docs';
import { DURATION_WORDS } from '../values/duration';

type Schema = Record<string, unknown>;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NUMBER = '\\d+(?:[.,]\\d+)?';
const TIME = '(?:[01]?\\d|2[0-4]):[0-5]\\d';
const MONEY_UNITS = ['MCI', 'mci', 'KZT', 'kzt', 'АЕК', 'аек', 'МРП', 'мрп', 'тг', 'теңге', 'тенге', '₸'];

function scalarSchema(kind: string): Schema {
  switch (kind) {
    case 'string':
      return { type: ['string', 'number'] };
    case 'boolean':
      return { type: 'boolean' };
    case 'percent':
      return { type: 'number', minimum: 0, maximum: 100 };
    case 'duration': {
      const units = [...DURATION_WORDS].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
      return { type: 'string', pattern: `^\\s*${NUMBER}\\s*(?:${units})\\s*$`, examples: ['30 minutes', '10 working-days'] };
    }
    case 'money':
      return { type: 'string', pattern: `^\\s*${NUMBER}\\s*(?:${MONEY_UNITS.map(escapeRe).join('|')})\\s*$`, examples: ['0.5 MCI', '1500 KZT'] };
    case 'time-range':
      return { type: 'string', pattern: `^\\s*${TIME}\\s*[-–—]\\s*${TIME}\\s*$`, examples: ['09:00-18:30'] };
    case 'time':
      return { type: 'string', pattern: `^\\s*${TIME}\\s*$` };
    case 'date':
      return { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' };
    case 'email':
      return { type: 'string', format: 'email', pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' };
    case 'phone':
      return { type: ['string', 'number'], pattern: '^\\+?[\\d\\s()\\-–.]+$' };
    case 'url':
      return { type: 'string', pattern: '^(?:https?://|www\\.)\\S+$' };
    default:
      return { $ref: '#/$defs/text' };
  }
}

function describe(f: Field): Schema {
  const out: Schema = { title: f.title.en };
  const parts = [f.clause !== undefined ? `Clause ${f.clause}` : f.ref ? `${f.ref}` : '', f.help?.en ?? ''].filter(Boolean);
  out.description = [parts.join(': '), `kk: ${f.title.kk}`, `ru: ${f.title.ru}`].filter(Boolean).join('\n');
  return out;
}

function typeSchema(t: ValueType): Schema {
  switch (t.kind) {
    case 'ref':
      return { $ref: `#/$defs/${t.name}` };
    case 'enum': {
      const values = t.values.flatMap((v) => [v.value, ...(v.aliases ?? [])]);
      const e: Schema = { enum: values };
      return t.allowText ? { anyOf: [e, { $ref: '#/$defs/text' }] } : e;
    }
    case 'list': {
      const arr: Schema = { type: 'array', items: typeSchema(t.item) };
      if (t.minItems) arr.minItems = t.minItems;
      return t.single ? { anyOf: [arr, typeSchema(t.item)] } : arr;
    }
    case 'object':
      return objectSchema(t.fields, t.oneOf);
    case 'switch':
      return { anyOf: [...Object.values(t.cases), t.otherwise].map(typeSchema) };
    default:
      return scalarSchema(t.kind);
  }
}

function objectSchema(fields: Field[], oneOf?: string[]): Schema {
  const properties: Record<string, Schema> = {};
  const conditions: Schema[] = [];
  for (const f of fields) {
    properties[f.key] = { ...describe(f), ...typeSchema(f.type) };
    if (f.type.kind === 'switch') {
      const sw = f.type;
      for (const [value, t] of Object.entries(sw.cases)) {
        conditions.push({ if: { properties: { [sw.on]: { const: value } }, required: [sw.on] }, then: { properties: { [f.key]: typeSchema(t) } } });
      }
    }
  }
  const s: Schema = { type: 'object', properties, additionalProperties: false };
  const required = fields.filter((f) => !f.optional).map((f) => f.key);
  if (required.length) s.required = required;
  if (oneOf) conditions.push({ anyOf: oneOf.map((k) => ({ required: [k] })) });
  if (conditions.length) s.allOf = conditions;
  return s;
}

export function jsonSchema(catalog: Catalog): Schema {
  const root = objectSchema(catalog.root.fields);
  (root.properties as Record<string, Schema>).edition = { ...(root.properties as Record<string, Schema>).edition, const: catalog.edition };
  const defs: Record<string, Schema> = {
    text: {
      description: 'A text: a plain string when one language is declared, else a mapping with the declared language keys.',
      anyOf: [
        { type: ['string', 'number'] },
        {
          type: 'object',
          properties: Object.fromEntries(catalog.languages.map((l) => [l, { type: ['string', 'number'] }])),
          additionalProperties: false,
          minProperties: 1,
        },
      ],
    },
  };
  for (const [name, t] of Object.entries(catalog.types)) defs[name] = typeSchema(t);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl(catalog.edition),
    title: `${catalog.title.en} (${catalog.edition})`,
    description: `${catalog.title.kk} / ${catalog.title.ru}. ${catalog.source.en}`,
    ...root,
    $defs: defs,
  };
}

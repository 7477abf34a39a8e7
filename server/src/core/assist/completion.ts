/** Completion candidates for the cursor: keys not yet present, values, units, whole clauses. */
import type { Catalog, Field, ValueType } from '../catalog/types';
import { editions } from '../catalog';
import { fieldYaml, skeleton } from '../skeleton/skeleton';
import { DURATION_UNITS } from '../values/duration';
import { LANGS, type Lang } from '../types';
import { contextAt, resolve, typeAt, type CursorContext } from './context';
import { clauseHeading, enumHelp, fieldHelp } from './help';
import { blockListItems } from './list-items';
import { enPlural, ruPlural } from '../values/plural';

export interface Candidate {
  label: string;
  kind: 'key' | 'clause' | 'section' | 'enum' | 'value' | 'unit' | 'language' | 'skeleton';
  detail?: string;
  documentation?: string;
  /** Snippet syntax (`${1:…}`) when `snippet`. */
  insertText: string;
  snippet: boolean;
  /** Offsets of the text the candidate replaces. */
  replace: [number, number];
  sortText?: string;
  filterText?: string;
}

export interface CompletionInput {
  text: string;
  offset: number;
  catalog?: Catalog;
  lang: Lang;
  /** Languages declared by the document (`languages:`). */
  languages: Lang[];
}

/** Escape text for LSP snippet syntax (`}` only needs it inside a placeholder). */
export function snippetEscape(s: string, inPlaceholder = false): string {
  return s.replace(inPlaceholder ? /[\\$}]/g : /[\\$]/g, '\\$&');
}

/**
 * YAML of a key with its sample value, as a snippet indented for `indent`: each empty text becomes a
 * tab stop between its quotes, and `$0` ends the inserted block, where the writer goes next. No stop
 * touches the end of a line: a stop there would grow with whatever the writer types after it, so
 * the editor would keep the snippet alive and jump back into it much later.
 */
function keySnippet(catalog: Catalog, field: Field, languages: Lang[], indent: number): string {
  const yaml = fieldYaml(catalog, field, { languages, examples: false });
  let n = 0;
  const pad = ' '.repeat(indent);
  const body = snippetEscape(yaml)
    .replace(/""/g, () => `"\${${++n}}"`)
    .split('\n')
    .map((line, i) => (i === 0 ? line : pad + line))
    .join('\n');
  // A quoted sample on its own (`code: "00101001"`) is selected between its quotes, to type over.
  const quoted = n === 0 && !body.includes('\n') ? /^([^:]+: )"([^"\\$]+)"$/.exec(body) : null;
  if (quoted) return `${quoted[1]}"\${1:${snippetEscape(quoted[2], true)}}"$0`;
  return `${body}$0`;
}

/**
 * Where a key stands in the list: clauses and the sections that hold them by clause number (the
 * model's order, optional or not), before them the other keys in catalog order, required first.
 */
function sortKey(catalog: Catalog, f: Field, i: number): string {
  const first = f.clause ?? (f.section !== undefined ? catalog.clauses.find((c) => c.section === f.section)?.number : undefined);
  return first !== undefined ? `1${String(first).padStart(3, '0')}` : `0${f.optional ? 1 : 0}${String(i).padStart(3, '0')}`;
}

/** What typing matches: the key, `§N`, and the titles in every language (`мерзім`, `сроки`, `deadlines`). */
function filterTextOf(catalog: Catalog, f: Field): string {
  const clause = f.clause !== undefined ? catalog.clauses.find((c) => c.number === f.clause) : undefined;
  const section = f.section !== undefined ? catalog.sections.find((s) => s.number === f.section) : undefined;
  const title = clause?.title ?? section?.title ?? f.title;
  const words = [f.key, f.clause !== undefined ? `§${f.clause}` : '', title.kk, title.ru, title.en];
  if (clause && f.title !== clause.title) words.push(f.title.kk, f.title.ru);
  return words.filter(Boolean).join(' ');
}

function keyCandidates(catalog: Catalog, type: ValueType | undefined, ctx: CursorContext, input: CompletionInput, offset: number): Candidate[] {
  if (type?.kind === 'list') type = resolve(catalog, type.item);
  if (type?.kind !== 'object') return [];
  const langs = input.languages.length ? input.languages : (['kk', 'ru'] as Lang[]);
  return type.fields
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => !ctx.siblings.includes(f.key))
    .map(({ f, i }) => {
      const label = f.key;
      const section = f.section !== undefined ? catalog.sections.find((s) => s.number === f.section) : undefined;
      const detail = f.clause !== undefined ? clauseHeading(catalog, f.clause, input.lang) : section ? `${section.number}. ${section.title[input.lang]}` : `${f.ref ? f.ref + ' ' : ''}${f.title[input.lang]}`;
      return {
        label,
        kind: f.clause !== undefined ? 'clause' : f.section !== undefined ? 'section' : 'key',
        detail,
        documentation: fieldHelp(catalog, f, input.lang, langs),
        insertText: keySnippet(catalog, f, langs, ctx.indent),
        snippet: true,
        replace: [ctx.replaceStart, offset],
        sortText: sortKey(catalog, f, i),
        filterText: filterTextOf(catalog, f),
      } satisfies Candidate;
    });
}

function valueCandidates(catalog: Catalog, type: ValueType | undefined, field: Field | undefined, ctx: CursorContext, input: CompletionInput, offset: number): Candidate[] {
  const replace: [number, number] = [ctx.replaceStart, offset];
  const langs = input.languages.length ? input.languages : (['kk', 'ru'] as Lang[]);
  const out: Candidate[] = [];
  const t = resolve(catalog, type);
  if (!t) return out;
  // In a block list, the items already written are not offered again.
  if (ctx.listItem && ctx.kind === 'value' && ctx.key === undefined) ctx = { ...ctx, siblings: [...ctx.siblings, ...blockListItems(input.text, offset)] };
  const plain = (label: string, kind: Candidate['kind'], detail?: string, documentation?: string): Candidate => ({ label, kind, detail, documentation, insertText: label, snippet: false, replace });
  switch (t.kind) {
    case 'enum':
      for (const v of t.values) if (!ctx.siblings.includes(v.value)) out.push(plain(v.value, 'enum', v.title[input.lang], enumHelp(v, input.lang)));
      break;
    case 'boolean':
      out.push(plain('true', 'value'), plain('false', 'value'));
      break;
    case 'list': {
      const item = resolve(catalog, t.item);
      if (item?.kind === 'enum') {
        if (ctx.kind === 'value' && ctx.key !== undefined && field?.example !== undefined && Array.isArray(field.example)) {
          const ex = `[${(field.example as string[]).join(', ')}]`;
          out.push({ ...plain(ex, 'value', field.title[input.lang]), sortText: '0' });
        }
        for (const v of item.values) {
          const label = ctx.kind === 'value' && ctx.key !== undefined ? `[${v.value}]` : v.value;
          if (!ctx.siblings.includes(v.value)) out.push(plain(label, 'enum', v.title[input.lang], enumHelp(v, input.lang)));
        }
      } else if (item?.kind === 'object' && ctx.key === undefined) {
        return keyCandidates(catalog, item, { ...ctx, siblings: [] }, input, offset);
      }
      break;
    }
    case 'text': {
      const body = langs.map((l, i) => `${l}: "\${${i + 1}}"`).join(', ');
      out.push({ label: `{${langs.map((l) => `${l}: …`).join(', ')}}`, kind: 'value', insertText: `{${body}}$0`, snippet: true, replace });
      break;
    }
    case 'duration': {
      const n = /^(\d+(?:[.,]\d+)?)\s*$/.exec(ctx.prefix)?.[1];
      if (n) for (const u of DURATION_UNITS) out.push({ ...plain(`${n} ${u}`, 'unit'), filterText: `${ctx.prefix}${u}` });
      else for (const ex of ['30 minutes', '2 hours', '5 working-days', '10 working-days', '15 calendar-days', '30 calendar-days']) out.push(plain(ex, 'value'));
      break;
    }
    case 'money': {
      const n = /^(\d+(?:[.,]\d+)?)\s*$/.exec(ctx.prefix)?.[1];
      if (n) for (const u of ['MCI', 'KZT']) out.push({ ...plain(`${n} ${u}`, 'unit'), filterText: `${ctx.prefix}${u}` });
      else for (const ex of ['0.5 MCI', '1 MCI', '2 MCI', '1500 KZT']) out.push(plain(ex, 'value'));
      break;
    }
    case 'time-range':
      for (const ex of ['09:00-18:30', '09:00-18:00', '13:00-14:00', '13:00-14:30']) out.push(plain(ex, 'value'));
      break;
    case 'object':
      if (field) {
        const yaml = keySnippet(catalog, field, langs, ctx.indent - 0);
        const rest = yaml.slice(yaml.indexOf(':') + 1);
        const nl = rest.startsWith('\n') ? rest : `\n${' '.repeat(ctx.indent + 2)}${rest.trimStart()}`;
        out.push({ label: field.title[input.lang], kind: 'value', insertText: nl, snippet: true, replace: [ctx.replaceStart, offset], documentation: fieldHelp(catalog, field, input.lang, langs) });
      }
      break;
    default:
      if (field?.key === 'edition') for (const e of Object.keys(editions)) out.push(plain(e, 'value'));
      else if (field?.example !== undefined && typeof field.example !== 'object') out.push(plain(String(field.example), 'value', field.title[input.lang]));
  }
  return out;
}

/** "All N clauses" in each language, with the plural the count takes. */
export function clauseCount(n: number): Record<Lang, string> {
  return { kk: `${n} тармақтың бәрі`, ru: `все ${n} ${ruPlural(n, 'пункт', 'пункта', 'пунктов')}`, en: `all ${n} ${enPlural(n, 'clause', 'clauses')}` };
}

export function complete(input: CompletionInput): Candidate[] {
  const { text, offset, catalog, lang } = input;
  const ctx = contextAt(text, offset);
  const cat = catalog ?? editions[Object.keys(editions)[0]];
  if (ctx.emptyDocument) {
    const langs = input.languages.length ? input.languages : (['kk', 'ru'] as Lang[]);
    return [
      {
        label: `${cat.edition}: ${cat.title[lang]}`,
        kind: 'skeleton',
        detail: clauseCount(cat.clauses.length)[lang],
        documentation: `${cat.title[lang]} (${cat.source[lang]})`,
        insertText: `${snippetEscape(skeleton(cat, { languages: langs }))}$0`,
        snippet: true,
        replace: [ctx.replaceStart, offset],
        sortText: '0',
        filterText: `${cat.edition} standard стандарт ${cat.title.kk} ${cat.title.ru} ${cat.title.en}`,
      },
      ...keyCandidates(cat, cat.root, ctx, input, offset),
    ];
  }
  if (!catalog && !(ctx.kind === 'value' && ctx.key === 'edition')) return [];
  if (ctx.kind === 'key') {
    const { type } = typeAt(cat, ctx.path);
    return keyCandidates(cat, type, ctx, input, offset);
  }
  if (ctx.kind === 'flow-key') {
    const { type } = typeAt(cat, ctx.path);
    const t = resolve(cat, type?.kind === 'list' ? type.item : type);
    if (t?.kind === 'text' || (t?.kind === 'enum' && t.allowText)) {
      const langs = input.languages.length ? input.languages : LANGS.slice();
      return langs
        .filter((l) => !ctx.siblings.includes(l))
        .map((l) => ({ label: l, kind: 'language' as const, detail: { kk: 'қазақша', ru: 'русский', en: 'English' }[l], insertText: `${l}: `, snippet: false, replace: [ctx.replaceStart, offset] as [number, number] }));
    }
    return keyCandidates(cat, t, ctx, input, offset);
  }
  if (ctx.kind === 'flow-item') {
    const { type, field } = typeAt(cat, ctx.path);
    const t = resolve(cat, type);
    return valueCandidates(cat, t?.kind === 'list' ? t.item : t, field, { ...ctx, key: undefined }, input, offset);
  }
  // A value: of a key, or a list item.
  const path = ctx.key !== undefined ? [...ctx.path, { key: ctx.key }] : ctx.path;
  const { type, field } = typeAt(cat, path);
  if (ctx.key === undefined) {
    const t = resolve(cat, type);
    const item = resolve(cat, t?.kind === 'list' ? t.item : t);
    if (item?.kind === 'object') return keyCandidates(cat, item, { ...ctx, siblings: [] }, input, offset);
    return valueCandidates(cat, item, field, ctx, input, offset);
  }
  return valueCandidates(cat, type, field, ctx, input, offset);
}


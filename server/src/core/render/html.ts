/**
 * The preview: a standard rendered in the model's layout (title, sections 1-5, clauses 1-26, the
 * appendix table), from the same model and catalog as the diagnostics. Every value is escaped;
 * links are only https:, mailto: and tel:. Used by `service-standard render` and the VS Code preview.
 */
import escapeHtml from 'escape-html';
import { isScalar } from 'yaml';
import type { Catalog, EnumType, Field, ValueType } from '../catalog/types';
import type { Analysis } from '../engine';
import { clauseFields, clauseStatus, type ClauseStatus } from '../model/clauses';
import type { Entry, Model } from '../model/model';
import { positionAt } from '../parse/parse';
import type { Lang, Localized } from '../types';
import { isDuration, readDuration } from '../values/duration';
import { isMoney, readMoney } from '../values/money';
import { normaliseUrl, telHref, urlRisk } from '../values/reach';
import { formatTime, isTimeRange } from '../values/time';
import { stripInvisible } from '../rules/text/letters';
import { LABELS } from './labels';
import { renderPage } from './page';

export { makeNonce, renderPage, type PageOptions } from './page';

export interface RenderOptions {
  lang: Lang;
  /** Nonce for the page's style and script tags (a fresh one when absent). */
  nonce?: string;
  /** Webview resource origin allowed by the CSP (VS Code's `webview.cspSource`). */
  cspSource?: string;
  /** Script URLs to load with the nonce (the webview's own script). */
  scripts?: string[];
  /** Show the model's wording of each clause under its heading. */
  showModelText?: boolean;
}

const esc = (s: string) => escapeHtml(s);
const t = (l: Localized, lang: Lang) => l[lang];


interface Ctx {
  showModelText: boolean;
  model: Model;
  catalog: Catalog;
  lang: Lang;
  source: string;
  analysis: Analysis;
}

function line(c: Ctx, offset: number): number {
  return positionAt(c.analysis.parsed.lines, offset).line;
}

function dataLine(c: Ctx, e: Entry | undefined): string {
  if (!e) return '';
  return ` data-line="${line(c, e.keyRange?.[0] ?? e.range[0])}"`;
}

function link(href: string, text: string): string {
  return `<a href="${esc(href)}" rel="noopener noreferrer">${esc(text)}</a>`;
}

function textValue(c: Ctx, value: unknown): string {
  const v = (value ?? {}) as Partial<Record<Lang, string>>;
  const own = v[c.lang];
  if (own !== undefined && own.trim() !== '') return `<span class="text">${esc(own)}</span>`;
  const other = (Object.keys(v) as Lang[]).find((l) => (v[l] ?? '').trim() !== '');
  if (!other) return `<span class="empty">${esc(t(LABELS.missing, c.lang))}</span>`;
  return `<span class="text fallback" lang="${other}" title="${esc(t(LABELS.untranslated, c.lang))}">${esc(v[other]!)}</span> <span class="tag">${other}</span>`;
}

function rawText(e: Entry): string {
  const n = e.node;
  if (isScalar(n)) return String(n.source ?? n.value ?? '');
  return n ? String(n.toString()) : '';
}

function enumTitle(type: EnumType, value: string, lang: Lang): string {
  return type.values.find((v) => v.value === value)?.title[lang] ?? value;
}

function renderValue(c: Ctx, type: ValueType, path: string): string {
  const e = c.model.get(path);
  if (!e) return `<span class="empty">${esc(t(LABELS.missing, c.lang))}</span>`;
  const resolved = type.kind === 'switch' ? e.type : type;
  switch (resolved.kind) {
    case 'ref':
      return renderValue(c, c.catalog.types[resolved.name], path);
    case 'object':
      return renderObject(c, resolved.fields, path);
    case 'list': {
      const items = c.model.items(path);
      if (items.length === 0) return `<span class="empty">${esc(t(LABELS.none, c.lang))}</span>`;
      const itemType = resolved.item.kind === 'ref' ? c.catalog.types[resolved.item.name] : resolved.item;
      // Short values (days, phones, forms) read as one line; texts and contacts as a list.
      if (itemType.kind !== 'text' && itemType.kind !== 'object' && !(itemType.kind === 'enum' && itemType.allowText)) {
        return `<span class="inline-list">${items.map((it) => renderValue(c, resolved.item, it.path)).join(', ')}</span>`;
      }
      if (items.length === 1 && itemType.kind === 'object') return renderValue(c, resolved.item, items[0].path);
      const inner = items.map((it) => `<li${dataLine(c, it)}>${renderValue(c, resolved.item, it.path)}</li>`).join('');
      return itemType.kind === 'text' || itemType.kind === 'enum' ? `<ul>${inner}</ul>` : `<ol class="items">${inner}</ol>`;
    }
    case 'enum':
      if (typeof e.value === 'string') return `<span class="enum">${esc(enumTitle(resolved, e.value, c.lang))}</span>`;
      if (e.value && typeof e.value === 'object') return textValue(c, e.value);
      break;
    case 'text':
      if (e.value !== undefined) return textValue(c, e.value);
      break;
    case 'boolean':
      if (typeof e.value === 'boolean') return esc(t(e.value ? LABELS.yes : LABELS.no, c.lang));
      break;
    case 'percent':
      if (typeof e.value === 'number') return `${esc(String(e.value))}%`;
      break;
    case 'duration':
      if (isDuration(e.value)) return esc(readDuration(e.value)[c.lang]);
      break;
    case 'money':
      if (isMoney(e.value)) return esc(readMoney(e.value)[c.lang]);
      break;
    case 'time-range':
      if (isTimeRange(e.value)) return esc(`${formatTime(e.value.start)}–${formatTime(e.value.end)}`);
      break;
    case 'date':
      if (e.value instanceof Date) return esc(e.value.toISOString().slice(0, 10));
      break;
    case 'email':
      if (typeof e.value === 'string') return link(`mailto:${e.value}`, e.value);
      break;
    case 'phone':
      if (typeof e.value === 'string') return link(telHref(e.value), e.value);
      break;
    case 'url': {
      const href = typeof e.value === 'string' ? normaliseUrl(e.value) : undefined;
      // A link that reads as one site and leads to another is shown, never followed.
      if (href && urlRisk(rawText(e))) return `<span class="unsafe-link" title="${esc(t(LABELS.unsafeLink, c.lang))}">${esc(rawText(e))}</span>`;
      if (href?.startsWith('https:')) return link(href, rawText(e));
      if (href) return esc(rawText(e));
      break;
    }
    default:
      if (typeof e.value === 'string') return esc(e.value);
  }
  return `<span class="invalid" title="${esc(t(LABELS.invalid, c.lang))}">${esc(rawText(e))}</span>`;
}

function renderObject(c: Ctx, fields: Field[], path: string): string {
  const rows = fields
    .filter((f) => c.model.get(`${path}.${f.key}`))
    .map((f) => {
      const p = `${path}.${f.key}`;
      const ref = f.ref ? `<span class="ref">${esc(f.ref)}</span> ` : '';
      return `<div class="row"${dataLine(c, c.model.get(p))}><dt>${ref}${esc(f.title[c.lang])}</dt><dd>${renderValue(c, f.type, p)}</dd></div>`;
    });
  return rows.length ? `<dl>${rows.join('')}</dl>` : `<span class="empty">${esc(t(LABELS.missing, c.lang))}</span>`;
}

function renderClause(c: Ctx, st: ClauseStatus): string {
  const clause = c.catalog.clauses.find((x) => x.number === st.number)!;
  const fields = clauseFields(c.catalog).get(st.number) ?? [];
  const classes = ['clause'];
  if (!st.filled) classes.push(st.optional ? 'optional-missing' : 'missing');
  if (st.errors) classes.push('has-errors');
  else if (st.warnings) classes.push('has-warnings');
  const first = fields.map((f) => c.model.get(f.path)).find(Boolean);
  const body = fields
    .filter((f) => c.model.get(f.path))
    .map((f) => {
      const sub = fields.length > 1 ? `<h4>${esc(f.field.title[c.lang])}</h4>` : '';
      return `${sub}${renderValue(c, f.field.type, f.path)}`;
    })
    .join('');
  const badge = st.errors || st.warnings ? `<span class="badge" title="${st.errors} ${esc(t(LABELS.errors, c.lang))}, ${st.warnings} ${esc(t(LABELS.warnings, c.lang))}">${st.errors + st.warnings} ${esc(t(LABELS.problems, c.lang))}</span>` : '';
  const gap = st.filled ? '' : `<p class="gap">${esc(t(st.optional ? LABELS.optionalMissing : LABELS.missing, c.lang))}</p>`;
  const model = !c.showModelText ? '' : `<details class="model-text"><summary>${esc(t(LABELS.modelText, c.lang))}</summary><p>${esc(clause.text[c.lang]).replace(/\n/g, '<br>')}</p></details>`;
  return `<article class="${classes.join(' ')}" id="clause-${st.number}" data-clause="${st.number}"${dataLine(c, first)}>
<h3><span class="num">${st.number}.</span> ${esc(clause.title[c.lang])} ${badge}</h3>${model}${gap}${body}</article>`;
}

function renderAppendix(c: Ctx): string {
  const ap = c.catalog.appendix;
  const table = c.model.get(ap.path);
  const type = table?.type.kind === 'object' ? table.type : (clauseFields(c.catalog).get(19)?.[0]?.field.type as ValueType | undefined);
  const rows = type && type.kind === 'object' ? type.fields : [];
  const cell = (p: string) => {
    const e = c.model.get(p);
    return e && typeof e.value === 'number' ? `${esc(String(e.value))}` : e ? `<span class="invalid">${esc(rawText(e))}</span>` : '';
  };
  const body = ap.groups
    .map((g) => {
      const groupRows = rows.filter((r) => r.ref?.startsWith(`${g.ref}.`));
      const head = `<tr class="group"><th colspan="4">${esc(g.ref)}. ${esc(g.title[c.lang])}</th></tr>`;
      const items = groupRows
        .map((r) => {
          const p = `${ap.path}.${r.key}`;
          const missing = c.model.get(p) ? '' : ' class="missing"';
          return `<tr${missing}${dataLine(c, c.model.get(p))} data-row="${esc(r.ref ?? '')}"><td>${esc(r.ref ?? '')}. ${esc(r.title[c.lang])}</td><td>${cell(`${p}.normative`)}</td><td>${cell(`${p}.target`)}</td><td>${cell(`${p}.current`)}</td></tr>`;
        })
        .join('');
      return head + items;
    })
    .join('');
  const cols = ap.columns.map((col) => `<th>${esc(col[c.lang])}</th>`).join('');
  return `<section class="appendix" id="appendix"${dataLine(c, table)}><h2>${esc(t(LABELS.appendix, c.lang))}</h2><h3>${esc(ap.title[c.lang])}</h3>
<table><thead><tr>${cols}</tr><tr class="numbers"><th>1</th><th>2</th><th>3</th><th>4</th></tr></thead><tbody>${body}</tbody></table></section>`;
}

/** The page's body: header, summary, sections with clauses, appendix. */
export function renderBody(analysis: Analysis, lang: Lang, showModelText = true): string {
  const { model, catalog } = analysis;
  if (!catalog) return `<main class="standard"><p class="gap">${esc(t(LABELS.notChecked, lang))}</p></main>`;
  const c: Ctx = { model, catalog, lang, source: analysis.parsed.source, analysis, showModelText };
  const status = clauseStatus(model, analysis.diagnostics);
  const name = model.get('service.name');
  const code = model.get('service.code');
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = analysis.diagnostics.filter((d) => d.severity === 'warning').length;
  const filled = status.filter((s) => s.filled).length;
  const header = `<header class="doc-header"${dataLine(c, name)}>
<p class="kicker">${esc(t(LABELS.kicker, lang))}</p>
<h1>${name ? textValue(c, name.value) : esc(t(LABELS.missing, lang))}</h1>
<p class="meta">${esc(t(LABELS.edition, lang))}: ${esc(catalog.edition)} · ${esc(catalog.source[lang])}${code && typeof code.value === 'string' ? ` · ${esc(t(LABELS.code, lang))}: ${esc(code.value)}` : ''}</p>
</header>
<p class="summary" role="status"><span class="filled">${filled}/${status.length} ${esc(t(LABELS.clausesFilled, lang))}</span> · <span class="errors">${errors} ${esc(t(LABELS.errors, lang))}</span> · <span class="warnings">${warnings} ${esc(t(LABELS.warnings, lang))}</span></p>`;
  const sections = catalog.sections
    .map((s) => {
      const clauses = status.filter((st) => st.section === s.number).map((st) => renderClause(c, st)).join('\n');
      return `<section class="section" id="section-${s.number}"><h2>${s.number}. ${esc(s.title[lang])}</h2>\n${clauses}</section>`;
    })
    .join('\n');
  return `<main class="standard" lang="${esc(lang)}">${header}\n${sections}\n${renderAppendix(c)}</main>`;
}

/** The page title: the service's name in the chosen language, without bidi controls or zero-width characters. */
export function pageTitle(analysis: Analysis, lang: Lang): string {
  const name = analysis.model.get('service.name')?.value as Partial<Record<Lang, string>> | undefined;
  const own = name && (name[lang] ?? Object.values(name)[0]);
  return (typeof own === 'string' && stripInvisible(own).trim()) || t(LABELS.kicker, lang);
}

/** A whole standalone HTML page: what `service-standard render` writes. */
export function renderHtml(analysis: Analysis, o: RenderOptions): string {
  return renderPage(renderBody(analysis, o.lang, o.showModelText), { ...o, title: pageTitle(analysis, o.lang) });
}

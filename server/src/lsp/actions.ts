/** Code actions, the outline and the clause checklist of one analysed document, in LSP terms. */
import { CodeActionKind, DocumentSymbol, SymbolKind, type CodeAction } from './library';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { addMissingClauses, hasMissingClauses } from '../core/assist/add-missing';
import { disableLineFixOf } from '../core/assist/disable-line';
import { fixAll } from '../core/assist/fix-all';
import { fixAllCodes } from '../core/rules';
import { orderClausesResult } from '../core/assist/order';
import { outline, type OutlineItem } from '../core/assist/outline';
import type { Analysis } from '../core/engine';
import { clauseStatus } from '../core/model/clauses';
import type { Lang } from '../core/types';
import type { ClauseStatusReply } from '../protocol';
import { addWordAction } from './add-word';
import { toCodeAction, toDiagnostic, toEdits, toRange } from './convert';

export const ORDER_CLAUSES_KIND = `${CodeActionKind.Source}.serviceStandard.orderClauses`;
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.serviceStandard`;
export const ADD_MISSING_KIND = `${CodeActionKind.Source}.addMissingClauses.serviceStandard`;

export type LspRange = { start: { line: number; character: number }; end: { line: number; character: number } };

export interface ActionContext {
  uri: string;
  range: LspRange;
  only?: string[];
  lang: Lang;
  /** The client shows a disabled action with its reason. */
  canDisable: boolean;
  /** The client resolves an action's edit when it is chosen (`codeAction/resolve`). */
  canResolve?: boolean;
}

/** What an action to be resolved carries: the document and its version. */
export interface ActionData {
  uri: string;
  version: number;
}

const ADD_MISSING_TITLE = { kk: 'Жоқ тармақтардың бәрін қосу', ru: 'Добавить все недостающие пункты', en: 'Add all missing clauses' };

/**
 * "Add all missing clauses": re-analyses the text once per clause, so it is offered at once and
 * computed when chosen where the client resolves actions.
 */
function addMissingAction(doc: TextDocument, analysis: Analysis, o: ActionContext): CodeAction | undefined {
  if (!hasMissingClauses(analysis)) return undefined;
  const title = ADD_MISSING_TITLE[o.lang];
  if (o.canResolve) return { title, kind: ADD_MISSING_KIND, data: { uri: o.uri, version: doc.version } satisfies ActionData };
  return resolveAddMissing(doc, analysis, { title, kind: ADD_MISSING_KIND }, o.lang);
}

/** The edit of "add all missing clauses", or the reason it cannot be made. */
export function resolveAddMissing(doc: TextDocument, analysis: Analysis, action: CodeAction, lang: Lang): CodeAction {
  const { edits, refused } = addMissingClauses(analysis);
  if (refused) return { ...action, disabled: { reason: refused[lang] } };
  return { ...action, edit: { changes: { [doc.uri]: toEdits(doc, edits) } } };
}

export function codeActionsFor(doc: TextDocument, analysis: Analysis, o: ActionContext): CodeAction[] {
  const { uri, lang } = o;
  const wants = (kind: string) => !o.only || o.only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const out: CodeAction[] = [];
  const from = doc.offsetAt(o.range.start);
  const to = doc.offsetAt(o.range.end);
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of analysis.diagnostics) {
      if (!d.fixes?.length || d.offset[1] < from || d.offset[0] > to) continue;
      const lspDiag = toDiagnostic(doc, d, lang);
      for (const fix of d.fixes) out.push(toCodeAction(doc, fix, lang, lspDiag));
    }
    // A spelling finding's "add to words" (to the repository's config), after its corrections.
    for (const d of analysis.diagnostics) {
      if (d.code !== 'spelling' || d.offset[1] < from || d.offset[0] > to) continue;
      const action = addWordAction(uri, analysis.parsed.source, d, lang, toDiagnostic(doc, d, lang), o.canDisable);
      if (action) out.push(action);
    }
    // "Disable for this line", after the fixes of the finding itself.
    for (const d of analysis.diagnostics) {
      if (d.offset[1] < from || d.offset[0] > to) continue;
      const fix = disableLineFixOf(analysis, d);
      if (fix) out.push(toCodeAction(doc, fix, lang, toDiagnostic(doc, d, lang)));
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const edits = fixAll(analysis.diagnostics, fixAllCodes);
    if (edits.length) {
      out.push({
        title: { kk: 'Файлдағы барлық емле қателерін түзету', ru: 'Исправить всю орфографию в файле', en: 'Fix all orthography in file' }[lang],
        kind: FIX_ALL_KIND,
        edit: { changes: { [uri]: toEdits(doc, edits) } },
      });
    }
  }
  if (wants(ORDER_CLAUSES_KIND)) {
    const { edits, refused } = orderClausesResult(analysis);
    const title = { kk: 'Тармақтарды үлгі стандарттағыдай ретке келтіру', ru: 'Упорядочить пункты как в типовом стандарте', en: 'Order clauses as in the model' }[lang];
    if (edits.length) out.push({ title, kind: ORDER_CLAUSES_KIND, edit: { changes: { [uri]: toEdits(doc, edits) } } });
    // When the clauses cannot be moved safely, the editor shows why instead of offering it.
    else if (refused && o.canDisable) out.push({ title, kind: ORDER_CLAUSES_KIND, disabled: { reason: refused[lang] } });
  }
  if (wants(ADD_MISSING_KIND)) {
    const action = addMissingAction(doc, analysis, o);
    if (action && !(action.disabled && !o.canDisable)) out.push(action);
  }
  return out;
}

export function symbolsFor(doc: TextDocument, analysis: Analysis, lang: Lang): DocumentSymbol[] {
  const conv = (i: OutlineItem): DocumentSymbol =>
    DocumentSymbol.create(
      i.name,
      i.detail,
      i.kind === 'section' ? SymbolKind.Namespace : i.kind === 'clause' ? SymbolKind.Field : SymbolKind.Property,
      toRange(doc, i.offset),
      toRange(doc, i.selection),
      i.children.map(conv),
    );
  return outline(analysis, lang).map(conv);
}

export function clauseStatusFor(doc: TextDocument, analysis: Analysis, lang: Lang): ClauseStatusReply {
  const status = clauseStatus(analysis.model, analysis.diagnostics);
  const catalog = analysis.catalog;
  return {
    edition: catalog?.edition,
    errors: analysis.diagnostics.filter((d) => d.severity === 'error').length,
    warnings: analysis.diagnostics.filter((d) => d.severity === 'warning').length,
    clauses: status.map((s) => ({
      ...s,
      title: catalog?.clauses.find((c) => c.number === s.number)?.title[lang] ?? '',
      line: s.offset !== undefined ? doc.positionAt(s.offset).line : undefined,
    })),
  };
}

/** Engine results -> LSP types. */
import {
  CodeAction,
  CodeActionKind,
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic as LspDiagnostic,
  type Range,
  type TextEdit as LspTextEdit,
} from './library';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { docsUrl } from '../core/docs';
import type { Candidate } from '../core/assist/completion';
import type { Diagnostic, Fix, Lang, Severity, TextEdit } from '../core/types';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toRange(doc: TextDocument, offset: [number, number]): Range {
  return { start: doc.positionAt(offset[0]), end: doc.positionAt(offset[1]) };
}

export function toEdits(doc: TextDocument, edits: TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: toRange(doc, [e.start, e.end]), newText: e.newText }));
}

export function toDiagnostic(doc: TextDocument, d: Diagnostic, lang: Lang, fileUri: (file: string) => string = (f) => f): LspDiagnostic {
  const out: LspDiagnostic = {
    range: toRange(doc, d.offset),
    severity: SEVERITY[d.severity],
    code: d.code,
    codeDescription: { href: docsUrl(d.code) },
    source: 'service-standard',
    message: d.message[lang],
  };
  if (d.related?.length) {
    out.relatedInformation = d.related.map((r) => ({
      location: { uri: r.file ? fileUri(r.file) : doc.uri, range: r.file ? r.range : toRange(doc, r.offset) },
      message: r.message[lang],
    }));
  }
  if (d.code === 'unknown-key' && !d.fixes?.length) out.tags = [DiagnosticTag.Unnecessary];
  return out;
}

export function toCodeAction(doc: TextDocument, fix: Fix, lang: Lang, diagnostic: LspDiagnostic): CodeAction {
  const action = CodeAction.create(fix.title[lang], { changes: { [doc.uri]: toEdits(doc, fix.edits) } }, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  if (fix.preferred) action.isPreferred = true;
  return action;
}

/** A completion candidate as an LSP item, inserted as is (the candidate is indented already). */
export function toCompletionItem(doc: TextDocument, c: Candidate): CompletionItem {
  const kind: Record<Candidate['kind'], CompletionItemKind> = {
    key: CompletionItemKind.Property,
    clause: CompletionItemKind.Field,
    section: CompletionItemKind.Module,
    enum: CompletionItemKind.EnumMember,
    value: CompletionItemKind.Value,
    unit: CompletionItemKind.Unit,
    language: CompletionItemKind.Keyword,
    skeleton: CompletionItemKind.Snippet,
  };
  return {
    label: c.label,
    kind: kind[c.kind],
    detail: c.detail,
    documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
    textEdit: { range: toRange(doc, c.replace), newText: c.insertText },
    insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    insertTextMode: InsertTextMode.asIs,
    sortText: c.sortText,
    filterText: c.filterText,
  };
}

/**
 * The editor features over the engine's assists: completion, hover, code actions, outline, folding,
 * links, inlay hints, and the custom requests of the preview, the exports, compare and import.
 */
import { MarkupKind, type CompletionItem, type Connection } from './library';
import { complete } from '../core/assist/completion';
import { hoverAt } from '../core/assist/hover';
import { clauseHints, documentLinks, foldingRanges } from '../core/assist/outline';
import { defaultEdition, getCatalog } from '../core/catalog';
import { skeleton } from '../core/skeleton/skeleton';
import { ClauseStatusRequest, CompareRequest, ExportHtmlRequest, ExportOfficialRequest, ImportRequest, PreviewRequest, SkeletonRequest } from '../protocol';
import { clauseStatusFor, codeActionsFor, resolveAddMissing, symbolsFor, type ActionData } from './actions';
import type { ServerContext } from './context';
import { toCompletionItem, toRange } from './convert';
import { official } from './heavy';
import { previewReply } from './published';

type Guard = <P, R>(fn: (p: P) => R, fallback: R) => (p: P) => R;

function completion(ctx: ServerContext, uri: string, position: { line: number; character: number }): CompletionItem[] {
  const got = ctx.analyses.assisted(uri);
  if (!got) return [];
  const { doc, analysis } = got;
  const candidates = complete({ text: doc.getText(), offset: doc.offsetAt(position), catalog: analysis.catalog, lang: ctx.lang(uri), languages: analysis.model.languages });
  return candidates.map((c) => toCompletionItem(doc, c));
}

function hover(ctx: ServerContext, uri: string, position: { line: number; character: number }) {
  const got = ctx.analyses.assisted(uri);
  if (!got) return null;
  const h = hoverAt(got.analysis, got.doc.offsetAt(position), ctx.lang(uri));
  return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: toRange(got.doc, h.offset) } : null;
}

function inlayHints(ctx: ServerContext, uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) {
  const lang = ctx.lang(uri);
  const got = ctx.analyses.assisted(uri);
  const hints = ctx.analyses.memo(uri, `hints:${lang}`, (a) => clauseHints(a.analysis, lang));
  if (!got || !hints) return [];
  const from = got.doc.offsetAt(range.start);
  const to = got.doc.offsetAt(range.end);
  return hints
    .filter((h) => h.offset >= from && h.offset <= to)
    .map((h) => ({ position: got.doc.positionAt(h.offset), label: h.label, tooltip: h.tooltip, paddingRight: true }));
}

/** The standard features of LSP. */
export function registerFeatures(c: Connection, ctx: ServerContext, safe: Guard): void {
  const assisted = (uri: string) => ctx.analyses.assisted(uri);
  c.onCompletion(safe((p) => completion(ctx, p.textDocument.uri, p.position), []));
  c.onHover(safe((p) => hover(ctx, p.textDocument.uri, p.position), null));
  c.onCodeAction(
    safe((p) => {
      const got = assisted(p.textDocument.uri);
      const uri = p.textDocument.uri;
      const canResolve = ctx.canResolveActions?.() ?? false;
      return got ? codeActionsFor(got.doc, got.analysis, { uri, range: p.range, only: p.context.only, lang: ctx.lang(uri), canDisable: ctx.canDisableActions(), canResolve }) : [];
    }, []),
  );
  // The edit of an action offered without it ("add all missing clauses"), on the current text.
  c.onCodeActionResolve((action) => {
    const data = action.data as ActionData | undefined;
    const got = data ? assisted(data.uri) : undefined;
    // On a failure the action comes back as it was: the editor then has nothing to apply.
    return got ? safe(() => resolveAddMissing(got.doc, got.analysis, action, ctx.lang(data!.uri)), action)(undefined) : action;
  });
  // Computed once per version: the editor asks for them again on every change of focus or view.
  const memo = ctx.analyses.memo.bind(ctx.analyses);
  c.onDocumentSymbol(safe((p) => {
    const lang = ctx.lang(p.textDocument.uri);
    return memo(p.textDocument.uri, `symbols:${lang}`, (got) => symbolsFor(got.doc, got.analysis, lang)) ?? [];
  }, []));
  c.onFoldingRanges(safe((p) => memo(p.textDocument.uri, 'folding', (got) => foldingRanges(got.analysis)) ?? [], []));
  c.onDocumentLinks(safe((p) => memo(p.textDocument.uri, 'links', (got) => documentLinks(got.analysis).map((l) => ({ range: toRange(got.doc, l.offset), target: l.target }))) ?? [], []));
  c.languages.inlayHint.on(safe((p) => inlayHints(ctx, p.textDocument.uri, p.range), []));
}

type AsyncGuard = <P, R>(fn: (p: P) => Promise<R>, fallback: R) => (p: P) => Promise<R>;

/**
 * The custom requests (declared in `server/src/protocol.ts`). The exports, compare and import are
 * loaded when the first of them arrives (`heavy.ts`).
 */
export function registerRequests(c: Connection, ctx: ServerContext, safe: Guard, safeAsync: AsyncGuard): void {
  const analysed = (uri: string) => ctx.analyses.get(uri);
  c.onRequest(ClauseStatusRequest, safe((p) => {
    const got = analysed(p.uri);
    return got ? clauseStatusFor(got.doc, got.analysis, ctx.lang(p.uri)) : null;
  }, null));
  // The preview's body for a document: the published text (default) or the data view.
  c.onRequest(PreviewRequest, safe((p) => {
    const got = analysed(p.uri);
    return got ? previewReply(got.analysis, got.doc.version, p, ctx.lang(p.uri)) : null;
  }, null));
  c.onRequest(SkeletonRequest, safe((p) => skeleton(getCatalog(p.edition ?? defaultEdition)!, { languages: p.languages?.length ? p.languages : ['kk', 'ru'] }), ''));
  // A standalone HTML page of the data view, as `service-standard render --view data` writes it.
  c.onRequest(ExportHtmlRequest, safe((p) => {
    const got = analysed(p.uri);
    return got ? official().htmlReply(got.analysis, p, ctx.lang(p.uri)) : null;
  }, null));
  // The published text as a file's content (Word as base64).
  c.onRequest(ExportOfficialRequest, safeAsync(async (p) => {
    const got = analysed(p.uri);
    return got ? official().exportReply(got.analysis, p, ctx.lang(p.uri)) : null;
  }, null));
  // What changed since a previous version: the amending text and the summary of changes.
  c.onRequest(CompareRequest, safe((p) => {
    const got = analysed(p.uri);
    return got ? official().compareReply(got.analysis, p, { config: ctx.configFor(p.uri) }, ctx.lang(p.uri)) : null;
  }, null));
  c.onRequest(ImportRequest, safeAsync((p) => official().importReply(p, ctx.lang()), { error: 'internal error' }));
}

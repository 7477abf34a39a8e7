/**
 * The extension's own requests between the VS Code client and the language server, declared once:
 * both sides import these types, so a name or a shape cannot drift apart.
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type { Lang } from './core/types';

/** A clause of the checklist: filled or not, its problems, its zero-based line. */
export interface ClauseStatusItem {
  number: number;
  title: string;
  filled: boolean;
  optional: boolean;
  errors: number;
  warnings: number;
  line?: number;
}

export interface ClauseStatusReply {
  edition?: string;
  errors: number;
  warnings: number;
  clauses: ClauseStatusItem[];
}

/** The preview's two views: the published text (default) and the data view reviewers use. */
export type PreviewView = 'document' | 'data';

/** What the client sends for the preview and the exports: `lang` and `view` are checked, not trusted. */
export interface PreviewParams {
  uri: string;
  lang?: Lang;
  view?: PreviewView;
  showModelText?: boolean;
}

export interface PreviewReply {
  version: number;
  /** The view rendered: a standard of an edition without published text gets the data view. */
  view: PreviewView;
  lang: Lang;
  /** The languages this view can be shown in. */
  langs: Lang[];
  title: string;
  body: string;
}

export interface SkeletonParams {
  languages?: Lang[];
  edition?: string;
}

export type OfficialFormat = 'html' | 'docx' | 'txt';

export interface ExportParams {
  uri: string;
  format: OfficialFormat;
  /** Language of the published text; the standard's first declared language when absent. */
  lang?: Lang;
}

/** A file's content: base64 for Word, text otherwise; or the reason there is none. */
export type ExportReply = { format: OfficialFormat; lang: Lang; encoding: 'base64' | 'utf8'; data: string } | { error: string };

export interface CompareParams {
  uri: string;
  /** The previous version's text (the client reads it from Git). */
  oldText: string;
  /** Language of the amending text; the standard's first declared language when absent. */
  lang?: Lang;
}

export type CompareReply = { unchanged: true } | { unchanged: false; lang: Lang; amending: string; changes: string } | { error: string };

export interface ImportParams {
  /** The file's name, for its kind (.docx, .html, .txt). */
  name: string;
  /** The file's bytes, base64. */
  base64: string;
  lang?: Lang;
}

export type ImportReply = { yaml: string; lang: Lang; clauses: number; values: number; unplaced: number } | { error: string };

export const ClauseStatusRequest = new RequestType<{ uri: string }, ClauseStatusReply | null, void>('serviceStandard/clauseStatus');
export const PreviewRequest = new RequestType<PreviewParams, PreviewReply | null, void>('serviceStandard/preview');
export const SkeletonRequest = new RequestType<SkeletonParams, string, void>('serviceStandard/skeleton');
export const ExportHtmlRequest = new RequestType<PreviewParams, { html: string } | null, void>('serviceStandard/exportHtml');
export const ExportOfficialRequest = new RequestType<ExportParams, ExportReply | null, void>('serviceStandard/exportOfficial');
export const CompareRequest = new RequestType<CompareParams, CompareReply | null, void>('serviceStandard/compare');
export const ImportRequest = new RequestType<ImportParams, ImportReply, void>('serviceStandard/import');

/** What the server's parts share: the connection, the open documents and their analyses, settings. */
import type { Connection, TextDocuments } from './library';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Config } from '../core/config/config';
import type { Lang } from '../core/types';
import type { AnalysisCache } from './analysis-cache';
import type { CodeIndex } from './workspace-index';

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly analyses: AnalysisCache;
  readonly codes: CodeIndex;
  configFor(uri: string): Config;
  /** The language of messages for a document (the setting, the repository's config, the client's locale). */
  lang(uri?: string): Lang;
  debounceMs(): number;
  canDisableActions(): boolean;
  /** The client resolves a chosen code action's edit (`codeAction/resolve`). */
  canResolveActions?(): boolean;
}

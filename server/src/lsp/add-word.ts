/**
 * "Add to words" for a spelling finding: the word goes into `words:` of the repository's
 * `.service-standard.yaml` (created at the folder that holds `.git` when there is none), edited in
 * place so that its comments and values stay (`core/config/words.ts`); a file that cannot take
 * the word gets the action disabled, with the reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, parse as parsePath } from 'node:path';
import { CodeActionKind, CreateFile, TextDocumentEdit, TextEdit, type CodeAction, type Diagnostic as LspDiagnostic, type WorkspaceEdit } from './library';
import { CONFIG_FILE } from '../core/config/config';
import { addWord } from '../core/config/words';
import type { Diagnostic, Lang } from '../core/types';
import { findConfigPath } from '../node/config-file';
import { URI } from './uri';

/** Where a new config goes: the nearest folder above the file that holds `.git`, else the file's folder. */
function newConfigPath(file: string): string {
  const start = dirname(file);
  const { root } = parsePath(start);
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return join(dir, CONFIG_FILE);
    if (dir === root) return join(start, CONFIG_FILE);
  }
}

function position(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** One edit from `old` to `next`: the part between their common start and end. */
function minimalEdit(old: string, next: string): TextEdit {
  let a = 0;
  while (a < old.length && a < next.length && old[a] === next[a]) a++;
  let b = 0;
  while (b < old.length - a && b < next.length - a && old[old.length - 1 - b] === next[next.length - 1 - b]) b++;
  return TextEdit.replace({ start: position(old, a), end: position(old, old.length - b) }, next.slice(a, next.length - b));
}

function editFor(configPath: string, exists: boolean, old: string, next: string): WorkspaceEdit {
  const uri = URI.fromPath(configPath);
  if (exists) return { changes: { [uri]: [minimalEdit(old, next)] } };
  return { documentChanges: [CreateFile.create(uri, { ignoreIfExists: true }), TextDocumentEdit.create({ uri, version: null }, [TextEdit.insert({ line: 0, character: 0 }, next)])] };
}

/** The "add to words" action of one spelling finding, or none (an unsaved file has no config). */
export function addWordAction(uri: string, source: string, d: Diagnostic, lang: Lang, diagnostic: LspDiagnostic, canDisable: boolean): CodeAction | undefined {
  const file = URI.toPath(uri);
  if (d.code !== 'spelling' || !file) return undefined;
  const word = source.slice(d.offset[0], d.offset[1]);
  const configPath = findConfigPath(file) ?? newConfigPath(file);
  const exists = existsSync(configPath);
  let old = '';
  try {
    old = exists ? readFileSync(configPath, 'utf8') : '';
  } catch {
    return undefined;
  }
  const title = {
    kk: `\`${word}\` сөзін ${CONFIG_FILE} файлындағы words тізіміне қосу`,
    ru: `Добавить \`${word}\` в words файла ${CONFIG_FILE}`,
    en: `Add \`${word}\` to the words of ${CONFIG_FILE}`,
  }[lang];
  const r = addWord(old, word);
  if ('refused' in r) return canDisable ? { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], disabled: { reason: r.refused[lang] } } : undefined;
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: editFor(configPath, exists, old, r.text) };
}

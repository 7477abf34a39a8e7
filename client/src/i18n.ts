/**
 * The extension's own texts in the language of `serviceStandard.language` (`kk`, `ru`, `en`; `auto`:
 * VS Code's display language), not only in VS Code's: a writer who reads the diagnostics in Kazakh
 * reads the status bar, the checklist and the preview's title in Kazakh too. The texts are the
 * `l10n/` bundles; counts take the plural form of the language by `Intl.PluralRules`.
 */
import * as vscode from 'vscode';
import kk from '../../l10n/bundle.l10n.kk.json';
import ru from '../../l10n/bundle.l10n.ru.json';
import { count, type Noun, type UiLang } from './plural';

export type { UiLang };

const BUNDLES: Record<UiLang, Record<string, string>> = { kk, ru, en: {} };

function isUiLang(l: string | undefined): l is UiLang {
  return l === 'kk' || l === 'ru' || l === 'en';
}

/** The language of the extension's texts for a document (the setting, else VS Code's display language). */
export function uiLang(scope?: vscode.Uri): UiLang {
  const set = vscode.workspace.getConfiguration('serviceStandard', scope).get<string>('language', 'auto');
  if (isUiLang(set)) return set;
  const display = vscode.env.language.slice(0, 2).toLowerCase();
  return isUiLang(display) ? display : 'en';
}

/** A text of the extension, with `{0}`, `{1}`… filled in, in the language of the setting. */
export function t(message: string, ...args: (string | number | boolean)[]): string {
  const text = BUNDLES[uiLang(vscode.window.activeTextEditor?.document.uri)][message] ?? message;
  return text.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}

/** `n` and its noun in the language of the setting: `5 пунктов`, `1 error`, `3 қате`. */
export function counted(n: number, noun: Noun): string {
  return count(n, noun, uiLang(vscode.window.activeTextEditor?.document.uri));
}

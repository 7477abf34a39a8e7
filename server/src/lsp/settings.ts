/** What the server is told by the client: the message language and per-rule severities. */
import { LANGS, type Lang, type SeveritySetting } from '../core/types';

export interface ServerSettings {
  /** `auto` follows the config file, then the client's locale. */
  language: Lang | 'auto';
  /** Per-rule severities over the repository config. */
  rules: Record<string, SeveritySetting>;
  /** Delay before diagnostics after an edit, in milliseconds. */
  debounceMs: number;
  /** Problems of the standards that are not open: `auto` publishes them up to 500 standards. */
  workspaceDiagnostics: WorkspaceDiagnosticsSetting;
}

export type WorkspaceDiagnosticsSetting = 'auto' | 'on' | 'off';

export const DEFAULT_SETTINGS: ServerSettings = { language: 'auto', rules: {}, debounceMs: 150, workspaceDiagnostics: 'auto' };

export function readSettings(raw: unknown, base: ServerSettings = DEFAULT_SETTINGS): ServerSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const language = typeof s.language === 'string' && ((LANGS as readonly string[]).includes(s.language) || s.language === 'auto') ? (s.language as Lang | 'auto') : base.language;
  const rules: Record<string, SeveritySetting> = { ...base.rules };
  if (s.rules && typeof s.rules === 'object') {
    for (const [k, v] of Object.entries(s.rules as Record<string, unknown>)) {
      if (v === 'error' || v === 'warning' || v === 'info' || v === 'off') rules[k] = v;
    }
  }
  const debounceMs = typeof s.debounceMs === 'number' && s.debounceMs >= 0 ? s.debounceMs : base.debounceMs;
  const w = s.workspaceDiagnostics;
  const workspaceDiagnostics = w === 'auto' || w === 'on' || w === 'off' ? w : base.workspaceDiagnostics;
  return { language, rules, debounceMs, workspaceDiagnostics };
}

/** The client's locale (`ru-RU`, `kk`, `en-US`) as one of our languages. */
export function langFromLocale(locale: string | undefined): Lang | undefined {
  const l = locale?.toLowerCase().slice(0, 2);
  return l && (LANGS as readonly string[]).includes(l) ? (l as Lang) : undefined;
}

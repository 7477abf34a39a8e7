/**
 * GitLab Code Quality (`artifacts: reports: codequality`): an array of `{description, check_name,
 * fingerprint, severity, location: {path, lines: {begin}}}`; fingerprints as in SARIF, unique and stable.
 */
import type { Severity } from '../../core/types';
import { fingerprinter } from './fingerprint';
import { localize, sortByPosition } from './json';
import type { Formatter } from './types';

const SEVERITY: Record<Severity, 'info' | 'minor' | 'major'> = { info: 'info', warning: 'minor', error: 'major' };

export const gitlab: Formatter = (results, options) => {
  const out = results.flatMap((result) => {
    const fingerprint = fingerprinter(result);
    return sortByPosition(result.diagnostics).map((d) => ({
      description: localize(d.message, options.lang),
      check_name: d.code,
      fingerprint: fingerprint(d),
      severity: SEVERITY[d.severity],
      location: { path: result.file.replace(/\\/g, '/'), lines: { begin: d.range.start.line + 1 } },
    }));
  });
  return `${JSON.stringify(out, null, 2)}\n`;
};

/**
 * GitHub Actions workflow commands, one line per finding, which the runner turns into annotations:
 *
 *   ::error file=F,line=L,col=C,endLine=EL,endColumn=EC,title=CODE::MESSAGE
 *
 * `warning` for warnings, `notice` for infos. Positions are 1-based (end column exclusive, as in our
 * ranges). Escaping follows @actions/core: in the message `%`, `\r`, `\n`; in property values also
 * `:` and `,`. Returns an empty string when there is nothing to report.
 */
import type { Severity } from '../../core/types';
import { localize, sortByPosition } from './json';
import type { Formatter } from './types';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escape the message part (after `::`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a property value (`key=value` before `::`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (results, options) => {
  const lines: string[] = [];
  for (const result of results) {
    for (const d of sortByPosition(result.diagnostics)) {
      const props: [string, string | number][] = [
        ['file', result.file],
        ['line', d.range.start.line + 1],
        ['col', d.range.start.character + 1],
        ['endLine', d.range.end.line + 1],
        ['endColumn', d.range.end.character + 1],
        ['title', d.code],
      ];
      const head = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      lines.push(`::${COMMAND[d.severity]} ${head}::${escapeData(localize(d.message, options.lang))}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};

/** Scalar values of the walk: durations, amounts, times, dates, emails, phones, links... parsed or reported. */
import { isScalar, type Node, type Scalar } from 'yaml';
import type { ScalarKind } from '../catalog/types';
import { parseDate } from '../values/date';
import { parseDuration } from '../values/duration';
import { parseMoney } from '../values/money';
import { checkPhone, isEmail, normaliseUrl } from '../values/reach';
import { parseTime, parseTimeRange } from '../values/time';
import { push, type Walk } from './context';
import type { Entry } from './model';
import { isEmpty, scalarText } from './nodes';

/** Reads a scalar value into `entry`, or reports it invalid; false when it is of the wrong type (the caller reports that). */
export function walkScalar(w: Walk, node: Node | null, kind: ScalarKind, path: string, at: [number, number], entry: Entry, clause: number | undefined): boolean {
  if (!isScalar(node) || isEmpty(node)) return false;
  const raw = scalarText(node);
  const problem = readScalar(w, node, kind, path, at, entry, clause, raw);
  if (typeof problem === 'boolean') return problem;
  if (problem !== undefined) push(w, { kind: 'invalid-value', offset: at, path, type: kind, value: raw, problem: problem[0], detail: problem[1], clause });
  return true;
}

/** The value read into `entry`: undefined; a problem and its detail; or false for a value of the wrong type. */
function readScalar(w: Walk, node: Scalar, kind: ScalarKind, path: string, at: [number, number], entry: Entry, clause: number | undefined, raw: string): boolean | [string, string?] | undefined {
  const v = node.value;
  switch (kind) {
    case 'boolean':
      if (typeof v === 'boolean') entry.value = v;
      else return false;
      return undefined;
    case 'percent':
      if (typeof v === 'number') entry.value = v;
      else return false;
      return undefined;
    case 'string':
      if (typeof v === 'number' || (typeof v === 'string' && v.trim() !== '')) entry.value = raw;
      else if (typeof v === 'string') push(w, { kind: 'wrong-type', offset: at, path, expected: { kind: 'string' }, got: 'empty', clause });
      else return false;
      return undefined;
    case 'duration': {
      const d = parseDuration(raw);
      if ('error' in d) return [d.error, d.unit];
      else entry.value = d;
      return;
    }
    case 'money': {
      const m = parseMoney(raw);
      if ('error' in m) return [m.error, m.unit];
      else entry.value = m;
      return;
    }
    case 'time-range': {
      const r = parseTimeRange(raw);
      if ('error' in r) return [r.error];
      else entry.value = r;
      return;
    }
    case 'time': {
      const t = parseTime(raw);
      if (t === undefined) return ['format'];
      else entry.value = t;
      return;
    }
    case 'date': {
      const d = parseDate(raw);
      if ('error' in d) return [d.error];
      else entry.value = d;
      return;
    }
    case 'email':
      if (isEmail(raw)) entry.value = raw.trim();
      else return ['format'];
      return;
    case 'phone': {
      const problem = checkPhone(raw);
      if (problem) return [problem];
      else entry.value = raw.trim();
      return;
    }
    case 'url': {
      const href = normaliseUrl(raw);
      if (href) entry.value = href;
      else return ['format'];
      return;
    }
    case 'text':
      return;
  }
}

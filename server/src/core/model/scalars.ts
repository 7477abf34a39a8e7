/** Scalar values of the walk: durations, amounts, times, dates, emails, phones, links... parsed or reported. */
import { isScalar, type Node } from 'yaml';
import type { ScalarKind } from '../catalog/types';
import { parseDate } from '../values/date';
import { parseDuration } from '../values/duration';
import { parseMoney } from '../values/money';
import { checkPhone, isEmail, normaliseUrl } from '../values/reach';
import { parseTime, parseTimeRange } from '../values/time';
import { push, type Walk } from './context';
import type { Entry } from './model';
import { isEmpty, scalarText } from './nodes';

export function walkScalar(
  w: Walk,
  node: Node | null,
  kind: ScalarKind,
  path: string,
  at: [number, number],
  entry: Entry,
  clause: number | undefined,
  wrong: () => void,
): void {
  if (!isScalar(node) || isEmpty(node)) {
    wrong();
    return;
  }
  const v = node.value;
  const raw = scalarText(node);
  const invalid = (problem: string, detail?: string) =>
    push(w, { kind: 'invalid-value', offset: at, path, type: kind, value: raw, problem, detail, clause });
  switch (kind) {
    case 'boolean':
      if (typeof v === 'boolean') entry.value = v;
      else wrong();
      return;
    case 'percent':
      if (typeof v === 'number') entry.value = v;
      else wrong();
      return;
    case 'string':
      if (typeof v === 'number' || (typeof v === 'string' && v.trim() !== '')) entry.value = raw;
      else if (typeof v === 'string') push(w, { kind: 'wrong-type', offset: at, path, expected: { kind: 'string' }, got: 'empty', clause });
      else wrong();
      return;
    case 'duration': {
      const d = parseDuration(raw);
      if ('error' in d) invalid(d.error, d.unit);
      else entry.value = d;
      return;
    }
    case 'money': {
      const m = parseMoney(raw);
      if ('error' in m) invalid(m.error, m.unit);
      else entry.value = m;
      return;
    }
    case 'time-range': {
      const r = parseTimeRange(raw);
      if ('error' in r) invalid(r.error);
      else entry.value = r;
      return;
    }
    case 'time': {
      const t = parseTime(raw);
      if (t === undefined) invalid('format');
      else entry.value = t;
      return;
    }
    case 'date': {
      const d = parseDate(raw);
      if ('error' in d) invalid(d.error);
      else entry.value = d;
      return;
    }
    case 'email':
      if (isEmail(raw)) entry.value = raw.trim();
      else invalid('format');
      return;
    case 'phone': {
      const problem = checkPhone(raw);
      if (problem) invalid(problem);
      else entry.value = raw.trim();
      return;
    }
    case 'url': {
      const href = normaliseUrl(raw);
      if (href) entry.value = href;
      else invalid('format');
      return;
    }
    case 'text':
      return;
  }
}

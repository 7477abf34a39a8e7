/**
 * Git merge-conflict markers. A file with conflicts is still checked: the markers and the
 * "theirs" side are blanked out (same length, so offsets stay true) before parsing.
 */

export interface Conflict {
  /** Offsets of the `<<<<<<<`, `=======` (or `|||||||` base) and `>>>>>>>` lines. */
  start: [number, number];
  separator: [number, number];
  end: [number, number];
  /** Each side's lines (with their newlines), without the marker lines. */
  ours: [number, number];
  theirs: [number, number];
  /** From the start of the `<<<<<<<` line to the end of the `>>>>>>>` line (with its newline). */
  whole: [number, number];
  oursLabel: string;
  theirsLabel: string;
}

/** A conflict marker line that belongs to no whole conflict (a conflict resolved by half). */
export interface LoneMarker {
  marker: '<<<<<<<' | '|||||||' | '=======' | '>>>>>>>';
  offset: [number, number];
}

const START = /^<{7}(?: (.*))?$/;
const BASE = /^\|{7}(?: .*)?$/;
const SEP = /^={7}$/;
const END = /^>{7}(?: (.*))?$/;

interface Line {
  start: number;
  end: number;
  next: number;
  text: string;
}

function lines(source: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  while (pos <= source.length) {
    const nl = source.indexOf('\n', pos);
    const next = nl === -1 ? source.length + 1 : nl + 1;
    let end = nl === -1 ? source.length : nl;
    if (end > pos && source[end - 1] === '\r') end--;
    out.push({ start: pos, end, next, text: source.slice(pos, end) });
    if (nl === -1) break;
    pos = next;
  }
  return out;
}

export function findConflicts(source: string): Conflict[] {
  if (!source.includes('<<<<<<<')) return [];
  const ls = lines(source);
  const found: Conflict[] = [];
  for (let i = 0; i < ls.length; i++) {
    const open = START.exec(ls[i].text);
    if (!open) continue;
    let base = -1;
    let sep = -1;
    let close = -1;
    for (let j = i + 1; j < ls.length; j++) {
      const t = ls[j].text;
      if (START.test(t)) break;
      if (sep === -1 && base === -1 && BASE.test(t)) base = j;
      else if (sep === -1 && SEP.test(t)) sep = j;
      else if (sep !== -1 && END.test(t)) {
        close = j;
        break;
      }
    }
    if (sep === -1 || close === -1) continue;
    const oursEnd = base !== -1 ? base : sep;
    const span = (from: number, to: number): [number, number] =>
      from < to ? [ls[from].start, Math.min(ls[to - 1].next, source.length)] : [ls[from].start, ls[from].start];
    found.push({
      start: [ls[i].start, ls[i].end],
      separator: [ls[sep].start, ls[sep].end],
      end: [ls[close].start, ls[close].end],
      ours: span(i + 1, oursEnd),
      theirs: span(sep + 1, close),
      whole: [ls[i].start, Math.min(ls[close].next, source.length)],
      oursLabel: (open[1] ?? '').trim(),
      theirsLabel: (END.exec(ls[close].text)?.[1] ?? '').trim(),
    });
    i = close;
  }
  return found;
}

/** Marker lines outside every whole conflict: a `>>>>>>>` left behind, a `<<<<<<<` and `=======` without the end. */
export function findLoneMarkers(source: string, conflicts: Conflict[]): LoneMarker[] {
  if (!/^(<{7}|\|{7}|={7}|>{7})/m.test(source)) return [];
  const inside = (o: number) => conflicts.some((c) => o >= c.whole[0] && o < c.whole[1]);
  const out: LoneMarker[] = [];
  for (const l of lines(source)) {
    if (inside(l.start)) continue;
    const t = l.text;
    const marker = START.test(t) ? '<<<<<<<' : BASE.test(t) ? '|||||||' : SEP.test(t) ? '=======' : END.test(t) ? '>>>>>>>' : undefined;
    if (marker) out.push({ marker, offset: [l.start, l.end] });
  }
  return out;
}

/** The source with markers and the non-"ours" lines blanked, offsets preserved; lone marker lines are blanked too. */
export function maskConflicts(source: string, conflicts: Conflict[], lone: LoneMarker[] = []): string {
  if (conflicts.length === 0 && lone.length === 0) return source;
  const chars = source.split('');
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (chars[k] !== '\n' && chars[k] !== '\r') chars[k] = ' ';
  };
  for (const c of conflicts) {
    blank(c.start[0], c.start[1]);
    blank(c.ours[1], c.end[1]);
  }
  for (const m of lone) blank(m.offset[0], m.offset[1]);
  return chars.join('');
}

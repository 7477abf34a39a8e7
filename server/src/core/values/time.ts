/** Times of day and time ranges: `09:00`, `09:00-18:30`. */

export interface TimeRange {
  /** Minutes since midnight. */
  start: number;
  end: number;
}

const TIME = /^([01]?\d|2[0-4]):([0-5]\d)$/;

export function parseTime(raw: string): number | undefined {
  const m = TIME.exec(raw.trim());
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= 24 * 60 ? minutes : undefined;
}

export function parseTimeRange(raw: string): TimeRange | { error: 'format' | 'order' } {
  const parts = raw.trim().split(/\s*[-–—]\s*/);
  if (parts.length !== 2) return { error: 'format' };
  const start = parseTime(parts[0]);
  const end = parseTime(parts[1]);
  if (start === undefined || end === undefined) return { error: 'format' };
  if (start >= end) return { error: 'order' };
  return { start, end };
}

export function isTimeRange(v: unknown): v is TimeRange {
  return typeof v === 'object' && v !== null && 'start' in v && 'end' in v;
}

export function formatTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

// Date presets are days in the operator's time zone, sent to the API as UTC instants.

export type Preset = 'today' | '7d' | '30d';

export const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export function dayIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** How far a time zone is ahead of UTC at an instant, in minutes. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** The instant a calendar day (YYYY-MM-DD) starts in a time zone (DST-safe: the offset is taken at that instant). */
export function startOfDay(day: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  const first = guess - offsetMinutes(new Date(guess), timeZone) * 60000;
  return new Date(guess - offsetMinutes(new Date(first), timeZone) * 60000);
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A preset as From and To days (both inclusive) in the time zone. */
export function presetRange(preset: Preset, now: Date, timeZone: string): { from: string; to: string } {
  const today = dayIn(now, timeZone);
  const back = preset === 'today' ? 0 : preset === '7d' ? 6 : 29;
  return { from: addDays(today, -back), to: today };
}

/** From and To days (inclusive) as the half-open instant range [gte, lt) the API filters by. */
export function dayRange(from: string | undefined, to: string | undefined, timeZone: string): { gte?: string; lt?: string } {
  return {
    gte: from ? startOfDay(from, timeZone).toISOString() : undefined,
    lt: to ? startOfDay(addDays(to, 1), timeZone).toISOString() : undefined,
  };
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

export function formatTime(iso: string | null | undefined, locale?: string): string {
  if (!iso) return '';
  let format = timeFormats.get(locale ?? '');
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
    timeFormats.set(locale ?? '', format);
  }
  return format.format(new Date(iso));
}

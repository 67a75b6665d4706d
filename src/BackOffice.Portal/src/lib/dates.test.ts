import { describe, expect, it } from 'vitest';
import { dayIn, dayRange, presetRange, startOfDay } from './dates';

describe('days in the operator\'s time zone', () => {
  // 23:30 UTC on 1 December is already 2 December in Rome and still 1 December in New York.
  const lateEvening = new Date('2026-12-01T23:30:00Z');

  it('takes Today in the operator\'s time zone, not in UTC', () => {
    expect(presetRange('today', lateEvening, 'Europe/Rome')).toEqual({ from: '2026-12-02', to: '2026-12-02' });
    expect(presetRange('today', lateEvening, 'America/New_York')).toEqual({ from: '2026-12-01', to: '2026-12-01' });
    expect(presetRange('today', lateEvening, 'UTC')).toEqual({ from: '2026-12-01', to: '2026-12-01' });
  });

  it('takes Last 7 days and Last 30 days as that many days ending today', () => {
    expect(presetRange('7d', lateEvening, 'Europe/Rome')).toEqual({ from: '2026-11-26', to: '2026-12-02' });
    expect(presetRange('30d', lateEvening, 'Europe/Rome')).toEqual({ from: '2026-11-03', to: '2026-12-02' });
    expect(presetRange('7d', new Date('2026-03-03T12:00:00Z'), 'Asia/Tokyo')).toEqual({ from: '2026-02-25', to: '2026-03-03' });
  });

  it('sends a day range as the UTC instants where those days start and end', () => {
    expect(dayRange('2026-12-02', '2026-12-02', 'Europe/Rome')).toEqual({ gte: '2026-12-01T23:00:00.000Z', lt: '2026-12-02T23:00:00.000Z' });
    expect(dayRange('2026-12-01', undefined, 'America/New_York')).toEqual({ gte: '2026-12-01T05:00:00.000Z', lt: undefined });
    expect(dayRange(undefined, undefined, 'UTC')).toEqual({ gte: undefined, lt: undefined });
  });

  it('starts days right on daylight-saving changes', () => {
    // Rome moves to summer time on 29 March 2026: that day starts at +01:00, the next at +02:00.
    expect(startOfDay('2026-03-29', 'Europe/Rome').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDay('2026-03-30', 'Europe/Rome').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(dayIn(new Date('2026-03-29T22:30:00Z'), 'Europe/Rome')).toBe('2026-03-30');
  });
});

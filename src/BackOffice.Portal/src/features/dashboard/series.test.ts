import { describe, expect, it } from 'vitest';
import { bucketStarts, fillSeries } from './series';

describe('chart series', () => {
  it('has a bucket for every hour of a day and every day of a range, in the time zone', () => {
    const hours = bucketStarts('2026-12-02', '2026-12-02', 'HOUR', 'Europe/Rome');
    expect(hours).toHaveLength(24);
    expect(hours[0]).toBe('2026-12-01T23:00:00.000Z');
    expect(bucketStarts('2026-11-03', '2026-12-02', 'DAY', 'UTC')).toHaveLength(30);
  });

  it('fills the hours without orders with zeros and keeps one currency', () => {
    const starts = bucketStarts('2026-12-02', '2026-12-02', 'HOUR', 'UTC');
    const points = fillSeries(
      [{ start: '2026-12-02T10:00:00Z', volumes: [{ currency: 'EUR', amount: 500, orderCount: 2 }, { currency: 'USD', amount: 9, orderCount: 1 }] }],
      starts, 'EUR');
    expect(points).toHaveLength(24);
    expect(points[10]).toEqual({ start: '2026-12-02T10:00:00.000Z', amount: 500, orders: 2 });
    expect(points.filter((p) => p.amount > 0)).toHaveLength(1);
  });
});

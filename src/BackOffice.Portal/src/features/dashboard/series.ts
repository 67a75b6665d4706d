// The API answers only the buckets that have orders; the chart needs every hour or day of the range, with zeros between.
import { addDays, startOfDay } from '../../lib/dates';

export interface BucketIn { start: string; volumes: readonly { currency: string; amount: number; orderCount: number }[] }
export interface Point { start: string; amount: number; orders: number }

/** Every bucket start of the range [from, to] (days in the time zone, inclusive) as an ISO instant. */
export function bucketStarts(from: string, to: string, bucket: 'HOUR' | 'DAY', timeZone: string): string[] {
  const starts: string[] = [];
  if (bucket === 'DAY') {
    for (let day = from; day <= to; day = addDays(day, 1)) starts.push(startOfDay(day, timeZone).toISOString());
    return starts;
  }
  const end = startOfDay(addDays(to, 1), timeZone).getTime();
  for (let t = startOfDay(from, timeZone).getTime(); t < end; t += 3_600_000) starts.push(new Date(t).toISOString());
  return starts;
}

export function fillSeries(buckets: readonly BucketIn[], starts: readonly string[], currency: string): Point[] {
  const byStart = new Map(buckets.map((b) => [Date.parse(b.start), b]));
  return starts.map((start) => {
    const volume = byStart.get(Date.parse(start))?.volumes.find((v) => v.currency === currency);
    return { start, amount: volume?.amount ?? 0, orders: volume?.orderCount ?? 0 };
  });
}

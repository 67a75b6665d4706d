import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { dayRange, localTimeZone, presetRange, type Preset } from '../../lib/dates';
import { onReconnect } from '../../lib/socket';
import { bucketStarts, fillSeries } from './series';
import { DashboardLiveSubscription, DashboardQuery } from './statisticsQuery';
import { VolumeCards } from './VolumeCards';
import { VolumeChart } from './VolumeChart';

const RANGES: [Preset, string][] = [['today', 'Today'], ['7d', 'Last 7 days'], ['30d', 'Last 30 days']];
const createdIn = (from: string, to: string, timeZone: string) => ({ createdAt: dayRange(from, to, timeZone) });

/** The landing view: today's and the last 30 days' volume, and a chart of the chosen range; it refetches on live events. */
export default function DashboardPage() {
  const timeZone = localTimeZone();
  const [range, setRange] = useState<Preset>('today');
  const [now] = useState(() => new Date());
  const variables = useMemo(() => {
    const today = presetRange('today', now, timeZone);
    const month = presetRange('30d', now, timeZone);
    const chosen = presetRange(range, now, timeZone);
    return {
      today: createdIn(today.from, today.to, timeZone), month: createdIn(month.from, month.to, timeZone),
      range: createdIn(chosen.from, chosen.to, timeZone), bucket: range === 'today' ? 'HOUR' as const : 'DAY' as const, timeZone,
      chosen,
    };
  }, [now, range, timeZone]);
  const { chosen, ...queryVariables } = variables;
  const [result, reexecute] = useQuery({ query: DashboardQuery, variables: queryVariables, requestPolicy: 'cache-and-network' });

  // Live: many events arrive together while traffic flows; one refetch a second is plenty for aggregates.
  // A refetch never replaces one on its way (it would never finish while events keep coming); one follows when it lands.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const fetching = useRef(false);
  fetching.current = result.fetching;
  const pending = useRef(false);
  const refetch = () => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      if (fetching.current) pending.current = true;
      else reexecute({ requestPolicy: 'network-only' });
    }, 1000);
  };
  useEffect(() => {
    if (!result.fetching && pending.current) {
      pending.current = false;
      reexecute({ requestPolicy: 'network-only' });
    }
  }, [result.fetching, reexecute]);
  useSubscription({ query: DashboardLiveSubscription }, (_, e) => { refetch(); return e; });
  useEffect(() => onReconnect(refetch), []);
  useEffect(() => () => clearTimeout(timer.current), []);

  const data = result.data;
  const currencies = useMemo(() => [...(data?.month.totals ?? [])].sort((a, b) => b.amount - a.amount).map((v) => v.currency), [data]);
  const [picked, setPicked] = useState<string | null>(null);
  const currency = picked && currencies.includes(picked) ? picked : currencies[0] ?? 'EUR';
  const points = useMemo(
    () => fillSeries(data?.chart.buckets ?? [], bucketStarts(chosen.from, chosen.to, queryVariables.bucket, timeZone), currency),
    [data, chosen.from, chosen.to, queryVariables.bucket, timeZone, currency],
  );

  return (
    <section aria-labelledby="dashboard-title">
      <div className="page-head"><h1 id="dashboard-title">Dashboard</h1></div>
      {result.error && <p className="error" role="alert">The statistics are not available: {result.error.graphQLErrors[0]?.message ?? result.error.message}</p>}
      <div className="cards">
        <VolumeCards title="Today" totals={data?.today.totals ?? []} />
        <VolumeCards title="Last 30 days" totals={data?.month.totals ?? []} />
      </div>
      <section className="card" aria-labelledby="chart-title">
        <div className="page-head">
          <h2 id="chart-title">Volume</h2>
          <div role="group" aria-label="Chart range" className="presets">
            {RANGES.map(([preset, label]) => (
              <button key={preset} type="button" aria-pressed={range === preset} onClick={() => setRange(preset)}>{label}</button>
            ))}
          </div>
          {currencies.length > 1 && (
            <label>Currency{' '}
              <select value={currency} onChange={(e) => setPicked(e.target.value)}>{currencies.map((c) => <option key={c}>{c}</option>)}</select>
            </label>
          )}
        </div>
        <VolumeChart points={points} currency={currency} hourly={range === 'today'} />
      </section>
    </section>
  );
}

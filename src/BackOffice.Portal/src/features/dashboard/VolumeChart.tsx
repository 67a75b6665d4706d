import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, minorDigits } from '../../lib/money';
import type { Point } from './series';

const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

export function VolumeChart({ points, currency, hourly }: { points: Point[]; currency: string; hourly: boolean }) {
  const label = (iso: string) => new Intl.DateTimeFormat(undefined, hourly ? { hour: '2-digit' } : { month: 'short', day: 'numeric' }).format(new Date(iso));
  const data = points.map((p) => ({ ...p, major: p.amount / 10 ** minorDigits(currency) }));
  return (
    <figure className="chart" aria-label={`Volume per ${hourly ? 'hour' : 'day'} in ${currency}`}>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="start" tickFormatter={label} minTickGap={12} />
          <YAxis width={70} tickFormatter={(v: number) => compact.format(v)} />
          <Tooltip labelFormatter={(v) => label(String(v))} formatter={(_v, _n, item) => [formatMoney((item.payload as Point).amount, currency), `${(item.payload as Point).orders} orders`]} />
          <Bar dataKey="major" fill="#2f6fde" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <table className="sr-only">
        <caption>Volume per {hourly ? 'hour' : 'day'}</caption>
        <tbody>{points.filter((p) => p.orders > 0).map((p) => <tr key={p.start}><th scope="row">{label(p.start)}</th><td>{formatMoney(p.amount, currency)}</td></tr>)}</tbody>
      </table>
    </figure>
  );
}

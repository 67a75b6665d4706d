import type { VolumeFragment } from '../../gql/graphql';
import { formatMoney } from '../../lib/money';

const KINDS = [
  ['Captured', 'capturedCount', 'capturedAmount'],
  ['Refunded', 'refundedCount', 'refundedAmount'],
  ['Pending', 'pendingCount', 'pendingAmount'],
  ['Declined', 'declinedCount', 'declinedAmount'],
] as const;

export function VolumeCards({ title, totals }: { title: string; totals: readonly VolumeFragment[] }) {
  return (
    <section className="card volume" aria-label={title}>
      <h2>{title}</h2>
      {totals.length === 0 && <p className="hint">No orders.</p>}
      {totals.map((v) => (
        <div key={v.currency} className="volume-currency">
          <p className="big">{formatMoney(v.amount, v.currency)} <span className="hint">{v.orderCount} orders</span></p>
          <dl className="kpis">
            {KINDS.map(([label, count, amount]) => (
              <div key={label}><dt>{label}</dt><dd>{formatMoney(v[amount], v.currency)}<span className="hint"> · {v[count]}</span></dd></div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}

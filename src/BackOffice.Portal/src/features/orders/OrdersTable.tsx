import type { OrderRowFragment } from '../../gql/graphql';
import { formatTime } from '../../lib/dates';
import { formatMoney } from '../../lib/money';
import { linkHandler } from '../../lib/router';
import type { OrdersView, SortField } from './filters';
import { StatusBadge, statusLabel } from './StatusBadge';

const COLUMNS: [string, SortField][] = [
  ['Order', 'orderId'], ['Created', 'createdAt'], ['Customer', 'customerId'], ['Status', 'status'],
  ['Amount', 'amount'], ['Captured', 'capturedAmount'], ['Refunded', 'refundedAmount'], ['Last operation', 'lastOperationTime'],
];

interface Props {
  rows: readonly OrderRowFragment[];
  view: OrdersView;
  onSort: (field: SortField) => void;
  isNew: (orderId: string) => boolean;
  isChanged: (orderId: string) => boolean;
  busy: boolean;
}

export function OrdersTable({ rows, view, onSort, isNew, isChanged, busy }: Props) {
  return (
    <div className="table-scroll">
      <table role="table" aria-busy={busy} aria-label="Orders">
        <thead>
          <tr>
            {COLUMNS.map(([label, field]) => {
              const active = view.sort === field;
              return (
                <th key={field} scope="col" aria-sort={active ? (view.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" className="sort" onClick={() => onSort(field)}>
                    {label}<span aria-hidden="true" className="sort-mark">{active ? (view.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => {
            const href = `/orders/${encodeURIComponent(o.orderId)}`;
            const fresh = isNew(o.orderId);
            return (
              <tr key={o.orderId} className={fresh ? 'row-new' : isChanged(o.orderId) ? 'row-changed' : undefined} data-order-id={o.orderId}>
                <td><a href={href} onClick={linkHandler(href)}>{o.orderId}</a>{fresh && <span className="new-mark">New</span>}</td>
                <td>{formatTime(o.createdAt)}</td>
                <td>{o.customerId ?? '—'}</td>
                <td><StatusBadge status={o.status} /></td>
                <td className="num">{formatMoney(o.amount, o.currency)}</td>
                <td className="num">{formatMoney(o.capturedAmount, o.currency)}</td>
                <td className="num">{formatMoney(o.refundedAmount, o.currency)}</td>
                <td>{o.lastOperationType ? `${statusLabel(o.lastOperationType)} · ${formatTime(o.lastOperationTime)}` : '—'}</td>
              </tr>
            );
          })}
          {rows.length === 0 && !busy && (
            <tr><td colSpan={COLUMNS.length} className="empty">No orders match these filters.</td></tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

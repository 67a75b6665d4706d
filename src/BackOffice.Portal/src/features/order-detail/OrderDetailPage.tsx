import { useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { formatTime } from '../../lib/dates';
import { formatMoney } from '../../lib/money';
import { linkHandler } from '../../lib/router';
import { useSession } from '../../lib/session';
import { StatusBadge, statusLabel } from '../orders/StatusBadge';
import { ActionDialog, type ActionKind, type DialogTarget } from './ActionDialog';
import { orderActions } from './actions';
import { OrderChangedSubscription, OrderDetailQuery } from './orderQuery';
import { Timeline } from './Timeline';

const LABELS: Record<ActionKind, string> = { CAPTURE: 'Capture', REFUND: 'Refund', CANCEL: 'Cancel' };

export function OrderDetailPage({ orderId }: { orderId: string }) {
  const session = useSession();
  const [result, reexecute] = useQuery({ query: OrderDetailQuery, variables: { orderId }, requestPolicy: 'cache-and-network' });
  // Changes made elsewhere (another operator, the gateway) refresh the timeline at once.
  useSubscription({ query: OrderChangedSubscription, variables: { orderId } }, (_, event) => {
    reexecute({ requestPolicy: 'network-only' });
    return event;
  });
  const [open, setOpen] = useState<DialogTarget | null>(null);
  const [notice, setNotice] = useState('');
  const order = result.data?.order;

  if (!order) {
    return (
      <section>
        <p><a href="/orders" onClick={linkHandler('/orders')}>← Orders</a></p>
        {result.fetching ? <p>Loading…</p> : <p role="alert">{result.error?.message ?? `There is no order ${orderId}.`}</p>}
      </section>
    );
  }

  const actions = session?.role === 'OPERATE' ? orderActions(order.operations) : {};
  const contractId = order.operations.find((o) => o.contractId)?.contractId;
  return (
    <section aria-labelledby="order-title">
      <p><a href="/orders" onClick={linkHandler('/orders')}>← Orders</a></p>
      <div className="page-head">
        <h1 id="order-title">Order {order.orderId}</h1>
        <StatusBadge status={order.status} />
      </div>
      <div className="actions" role="group" aria-label="Actions">
        {(Object.keys(LABELS) as ActionKind[]).map((kind) => {
          const target = actions[kind];
          return target ? <button key={kind} type="button" className="primary" onClick={() => setOpen(target)}>{LABELS[kind]}</button> : null;
        })}
      </div>
      <p className="notice" role="status" aria-live="polite">{notice}</p>
      <dl className="facts">
        <div><dt>Amount</dt><dd>{formatMoney(order.amount, order.currency)}</dd></div>
        <div><dt>Authorized</dt><dd>{formatMoney(order.authorizedAmount, order.currency)}</dd></div>
        <div><dt>Captured</dt><dd data-testid="captured">{formatMoney(order.capturedAmount, order.currency)}</dd></div>
        <div><dt>Refunded</dt><dd data-testid="refunded">{formatMoney(order.refundedAmount, order.currency)}</dd></div>
        <div><dt>Customer</dt><dd>{order.customerId ?? '—'}</dd></div>
        <div><dt>Contract</dt><dd>{contractId ?? '—'}</dd></div>
        <div><dt>Channel</dt><dd>{statusLabel(order.channel)}</dd></div>
        <div><dt>Created</dt><dd>{formatTime(order.createdAt)}</dd></div>
        {order.description && <div><dt>Description</dt><dd>{order.description}</dd></div>}
        {order.customField && <div><dt>Custom field</dt><dd>{order.customField}</dd></div>}
      </dl>
      <h2>Operations</h2>
      <Timeline operations={order.operations} />
      {open && (
        <ActionDialog key={`${open.kind}-${open.operationId}`} target={open} onClose={() => setOpen(null)}
          onDone={(message) => { setOpen(null); setNotice(message); reexecute({ requestPolicy: 'network-only' }); }} />
      )}
    </section>
  );
}

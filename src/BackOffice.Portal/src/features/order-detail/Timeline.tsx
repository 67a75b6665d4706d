import type { OrderDetailQuery } from '../../gql/graphql';
import { formatTime } from '../../lib/dates';
import { formatMoney } from '../../lib/money';
import { statusLabel } from '../orders/StatusBadge';

type Operation = NonNullable<OrderDetailQuery['order']>['operations'][number];

export function Timeline({ operations }: { operations: readonly Operation[] }) {
  return (
    <ol className="timeline" aria-label="Operations">
      {operations.map((op) => (
        <li key={op.operationId} data-operation-id={op.operationId}>
          <div className="timeline-head">
            <strong>{statusLabel(op.operationType)}</strong>
            <span className={`badge badge-${op.operationResult.toLowerCase()}`}>{statusLabel(op.operationResult)}</span>
            <span className="num">{formatMoney(op.operationAmount, op.operationCurrency)}</span>
            <time dateTime={op.operationTime}>{formatTime(op.operationTime)}</time>
          </div>
          <dl className="timeline-meta">
            <div><dt>Channel</dt><dd>{statusLabel(op.channel)}</dd></div>
            <div><dt>Instrument</dt><dd>{[op.paymentCircuit, op.paymentInstrumentInfo].filter(Boolean).join(' ') || '—'}</dd></div>
            <div><dt>Initiated by</dt><dd>{op.initiatedBy ?? 'gateway'}</dd></div>
            <div><dt>Correlation id</dt><dd className="mono">{op.correlationId ?? '—'}</dd></div>
            <div><dt>Operation</dt><dd className="mono">{op.operationId}</dd></div>
          </dl>
        </li>
      ))}
    </ol>
  );
}

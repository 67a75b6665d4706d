import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { formatTime } from '../../lib/dates';
import { navigate, useLocation } from '../../lib/router';
import { useSession } from '../../lib/session';
import { statusLabel } from '../orders/StatusBadge';
import { ContractsQuery } from './contractsQuery';
import { DeactivateDialog } from './DeactivateDialog';

export function ContractsPage() {
  const { search } = useLocation();
  const customerId = search.get('customer')?.trim() ?? '';
  const [draft, setDraft] = useState(customerId);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const session = useSession();
  const [result, reexecute] = useQuery({ query: ContractsQuery, variables: { customerId }, pause: !customerId, requestPolicy: 'cache-and-network' });
  const contracts = result.data?.contracts?.nodes ?? [];

  const lookUp = (e: FormEvent) => {
    e.preventDefault();
    navigate(`/contracts?customer=${encodeURIComponent(draft.trim())}`);
  };

  return (
    <section aria-labelledby="contracts-title">
      <h1 id="contracts-title">Contracts</h1>
      <form className="filters inline" onSubmit={lookUp} role="search">
        <div className="field">
          <label htmlFor="customer-id">Customer id</label>
          <input id="customer-id" value={draft} onChange={(e) => setDraft(e.target.value)} required />
        </div>
        <button type="submit" className="primary">Look up</button>
      </form>
      <p className="notice" role="status" aria-live="polite">{notice}</p>
      {result.error && <p className="error" role="alert">{result.error.graphQLErrors[0]?.message ?? result.error.message}</p>}
      {customerId && result.data && (
        <div className="table-scroll">
          <table aria-label="Contracts">
            <thead>
              <tr><th scope="col">Contract</th><th scope="col">Type</th><th scope="col">Card</th><th scope="col">Expiry</th><th scope="col">Status</th><th scope="col">Created</th><th scope="col"><span className="sr-only">Actions</span></th></tr>
            </thead>
            <tbody>
              {contracts.map((c) => (
                <tr key={c.contractId} data-contract-id={c.contractId}>
                  <td className="mono">{c.contractId}</td>
                  <td>{c.contractType.replace('_', ' ')}</td>
                  <td>{[c.paymentCircuit, c.paymentInstrumentInfo].filter(Boolean).join(' ')}</td>
                  <td>{c.expiryDate ?? '—'}</td>
                  <td><span className={`badge badge-${c.status.toLowerCase()}`}>{statusLabel(c.status)}</span>{c.deactivatedBy && <span className="hint"> by {c.deactivatedBy}</span>}</td>
                  <td>{formatTime(c.createdAt)}</td>
                  <td>
                    {session?.role === 'OPERATE' && c.status === 'ACTIVE' && (
                      <button type="button" onClick={() => setConfirming(c.contractId)} aria-label={`Deactivate ${c.contractId}`}>Deactivate</button>
                    )}
                  </td>
                </tr>
              ))}
              {contracts.length === 0 && <tr><td colSpan={7} className="empty">No stored cards for {customerId}.</td></tr>}
            </tbody>
          </table>
        </div>
      )}
      {confirming && (
        <DeactivateDialog contractId={confirming} onClose={() => setConfirming(null)}
          onDone={() => { setNotice(`Contract ${confirming} deactivated.`); setConfirming(null); reexecute({ requestPolicy: 'network-only' }); }} />
      )}
    </section>
  );
}

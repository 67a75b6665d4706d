import { useState } from 'react';
import { useMutation } from 'urql';
import { Dialog } from '../../components/Dialog';
import { newIdempotencyKey } from '../../lib/idempotency';
import { errorInWords, type TypedError } from '../../lib/typedError';
import { DeactivateMutation } from './contractsQuery';

export function DeactivateDialog({ contractId, onDone, onClose }: { contractId: string; onDone: () => void; onClose: () => void }) {
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [error, setError] = useState<string | null>(null);
  const [state, run] = useMutation(DeactivateMutation);

  async function confirm() {
    setError(null);
    const result = await run({ input: { contractId, idempotencyKey } });
    if (result.error) {
      setError(result.error.graphQLErrors[0]?.extensions?.code === 'FORBIDDEN' ? 'This API key may only read.' : `${result.error.message} Try again: the retry is safe.`);
      return;
    }
    const errors = (result.data?.deactivateContract.errors ?? []) as TypedError[];
    if (errors.length) setError(errors.map((e) => errorInWords(e, '', 'deactivated')).join(' '));
    else onDone();
  }

  return (
    <Dialog title="Deactivate contract" onClose={onClose}>
      <p>Deactivate contract <strong>{contractId}</strong>? The stored card can never be used for a payment again.</p>
      {error && <p className="field-error" role="alert">{error}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>Keep it</button>
        <button type="button" className="danger" disabled={state.fetching} onClick={confirm}>Confirm deactivation</button>
      </div>
    </Dialog>
  );
}

import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Dialog } from '../../components/Dialog';
import { newIdempotencyKey } from '../../lib/idempotency';
import { formatTime } from '../../lib/dates';
import { formatMoney, toMajorText, toMinor } from '../../lib/money';
import { errorInWords, type TypedError } from '../../lib/typedError';
import { CancelMutation, CaptureMutation, RefundMutation } from './mutations';

export type ActionKind = 'CAPTURE' | 'REFUND' | 'CANCEL';
export interface DialogTarget { kind: ActionKind; operationId: string; maxAmount: number; currency: string; voids: boolean; until?: string | null }

const VERBS: Record<ActionKind, string> = { CAPTURE: 'captured', REFUND: 'refunded', CANCEL: 'cancelled' };
const TITLES: Record<ActionKind, string> = { CAPTURE: 'Capture', REFUND: 'Refund', CANCEL: 'Cancel' };

/**
 * One dialog per action. Its idempotency key is made when it opens and reused for every retry, so a retry after a lost
 * answer never moves money twice; a refusal is shown in words next to the amount and leaves the dialog open.
 */
export function ActionDialog({ target, onDone, onClose }: { target: DialogTarget; onDone: (message: string) => void; onClose: () => void }) {
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [amount, setAmount] = useState(toMajorText(target.maxAmount, target.currency));
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [capture, runCapture] = useMutation(CaptureMutation);
  const [refund, runRefund] = useMutation(RefundMutation);
  const [cancel, runCancel] = useMutation(CancelMutation);
  const busy = capture.fetching || refund.fetching || cancel.fetching;
  const { kind, currency } = target;
  const verb = VERBS[kind];

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFieldError(null);
    setFormError(null);
    let minor = target.maxAmount;
    if (kind !== 'CANCEL') {
      const parsed = toMinor(amount, currency);
      if (parsed === null || parsed <= 0) {
        setFieldError(`Enter an amount in ${currency}, for example ${toMajorText(target.maxAmount, currency)}.`);
        return;
      }
      minor = parsed;
    }
    const result =
      kind === 'CAPTURE' ? await runCapture({ input: { operationId: target.operationId, amount: minor, currency, idempotencyKey } })
      : kind === 'REFUND' ? await runRefund({ input: { operationId: target.operationId, amount: minor, currency, idempotencyKey } })
      : await runCancel({ input: { operationId: target.operationId, idempotencyKey } });
    if (result.error) {
      const code = result.error.graphQLErrors[0]?.extensions?.code;
      setFormError(code === 'FORBIDDEN' ? 'This API key may only read.' : `${result.error.graphQLErrors[0]?.message ?? 'The API could not be reached.'} Try again: the retry is safe.`);
      return;
    }
    const payload = result.data && ('captureOperation' in result.data ? result.data.captureOperation : 'refundOperation' in result.data ? result.data.refundOperation : result.data.cancelOperation);
    const errors = (payload?.errors ?? []) as TypedError[];
    if (errors.length > 0) {
      const words = errors.map((err) => errorInWords(err, currency, verb)).join(' ');
      if (kind === 'CANCEL') setFormError(words);
      else setFieldError(words);
      return;
    }
    onDone(kind === 'CANCEL' ? (target.voids ? 'The authorization was voided.' : 'The capture was cancelled.') : `${formatMoney(minor, currency)} ${verb}.`);
  }

  return (
    <Dialog title={TITLES[kind]} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        {kind === 'CANCEL' ? (
          <p>{target.voids ? `Void the rest of the authorization (${formatMoney(target.maxAmount, currency)}).` : `Cancel this capture of ${formatMoney(target.maxAmount, currency)}.`}</p>
        ) : (
          <div className="field">
            <label htmlFor="action-amount">Amount ({currency})</label>
            <input id="action-amount" inputMode="decimal" value={amount} autoFocus onChange={(e) => setAmount(e.target.value)}
              aria-invalid={fieldError ? true : undefined} aria-describedby={fieldError ? 'action-amount-error' : 'action-amount-hint'} />
            <p id="action-amount-hint" className="hint">
              At most {formatMoney(target.maxAmount, currency)}{target.until ? `, until ${formatTime(target.until)}` : ''}.
            </p>
            {fieldError && <p id="action-amount-error" className="field-error" role="alert">{fieldError}</p>}
          </div>
        )}
        {formError && <p className="field-error" role="alert">{formError}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>Close</button>
          <button type="submit" className="primary" disabled={busy}>{busy ? 'Sending…' : `Confirm ${TITLES[kind].toLowerCase()}`}</button>
        </div>
      </form>
    </Dialog>
  );
}

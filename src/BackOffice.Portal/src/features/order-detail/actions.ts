import type { OrderDetailQuery } from '../../gql/graphql';
import type { ActionKind, DialogTarget } from './ActionDialog';

type Operation = NonNullable<OrderDetailQuery['order']>['operations'][number];

/**
 * The order's buttons come from what the API offers (each operation's availableActions), never from rules of our own.
 * Capture and Refund prefer the payment itself (it covers the whole order), then the newest operation offering it;
 * Cancel is a capture's CANCEL, or else the authorization's VOID (the cancel mutation on it).
 */
export function orderActions(operations: readonly Operation[]): Partial<Record<ActionKind, DialogTarget>> {
  const newestFirst = [...operations].sort((a, b) => b.operationTime.localeCompare(a.operationTime));
  const offering = (action: string) =>
    [...newestFirst.filter((o) => o.operationType === 'AUTHORIZATION'), ...newestFirst.filter((o) => o.operationType !== 'AUTHORIZATION')]
      .map((o) => ({ o, a: o.availableActions.find((x) => x.action === action) }))
      .find((x) => x.a);
  const target = (kind: ActionKind, found: ReturnType<typeof offering>, voids = false): DialogTarget | undefined =>
    found?.a ? { kind, operationId: found.o.operationId, maxAmount: found.a.maxAmount, currency: found.a.currency, voids, until: found.a.until } : undefined;

  const cancel = newestFirst.map((o) => ({ o, a: o.availableActions.find((x) => x.action === 'CANCEL') })).find((x) => x.a);
  const result: Partial<Record<ActionKind, DialogTarget>> = {};
  const capture = target('CAPTURE', offering('CAPTURE'));
  const refund = target('REFUND', offering('REFUND'));
  const cancelOrVoid = cancel ? target('CANCEL', cancel) : target('CANCEL', offering('VOID'), true);
  if (capture) result.CAPTURE = capture;
  if (refund) result.REFUND = refund;
  if (cancelOrVoid) result.CANCEL = cancelOrVoid;
  return result;
}

import { describe, expect, it } from 'vitest';
import { orderActions } from './actions';

type Op = Parameters<typeof orderActions>[0][number];
const op = (operationId: string, operationType: Op['operationType'], operationTime: string, actions: [string, number][]): Op => ({
  __typename: 'Operation', id: operationId, operationId, operationType, operationTime, operationResult: 'EXECUTED', operationAmount: 0, operationCurrency: 'EUR',
  channel: 'ECOMMERCE', paymentMethod: null, paymentCircuit: null, paymentInstrumentInfo: null, initiatedBy: null, correlationId: null,
  contractId: null, availableActions: actions.map(([action, maxAmount]) => ({ __typename: 'AvailableAction' as const, action: action as Op['availableActions'][number]['action'], maxAmount, currency: 'EUR', until: null })),
});

describe('the order\'s buttons come from the API\'s availableActions', () => {
  it('shows nothing when no operation offers anything', () => {
    expect(orderActions([op('A', 'AUTHORIZATION', '2026-12-01T10:00:00Z', [])])).toEqual({});
  });

  it('captures and refunds through the payment, and cancels the newest capture that may be cancelled', () => {
    const actions = orderActions([
      op('A', 'AUTHORIZATION', '2026-12-01T10:00:00Z', [['CAPTURE', 500], ['REFUND', 1000]]),
      op('C1', 'CAPTURE', '2026-12-01T11:00:00Z', [['REFUND', 300], ['CANCEL', 300]]),
      op('C2', 'CAPTURE', '2026-12-01T12:00:00Z', [['REFUND', 200], ['CANCEL', 200]]),
    ]);
    expect(actions.CAPTURE).toMatchObject({ operationId: 'A', maxAmount: 500 });
    expect(actions.REFUND).toMatchObject({ operationId: 'A', maxAmount: 1000 });
    expect(actions.CANCEL).toMatchObject({ operationId: 'C2', maxAmount: 200, voids: false });
  });

  it('offers Cancel as a void of the authorization when no capture may be cancelled', () => {
    const actions = orderActions([op('A', 'AUTHORIZATION', '2026-12-01T10:00:00Z', [['CAPTURE', 700], ['VOID', 700]])]);
    expect(actions.CANCEL).toMatchObject({ operationId: 'A', maxAmount: 700, voids: true });
  });

  it('refunds through a capture when the payment itself offers no refund', () => {
    const actions = orderActions([
      op('A', 'AUTHORIZATION', '2026-12-01T10:00:00Z', []),
      op('C1', 'CAPTURE', '2026-12-01T11:00:00Z', [['REFUND', 300]]),
    ]);
    expect(actions).toEqual({ REFUND: { kind: 'REFUND', operationId: 'C1', maxAmount: 300, currency: 'EUR', voids: false, until: null } });
  });
});

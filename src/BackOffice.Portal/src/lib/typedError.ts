import { formatMoney } from './money';

export interface TypedError { __typename: string; message?: string; code?: string; available?: number; field?: string }

/** A mutation's typed error in words an operator acts on; the server's message adds what to do next. */
export function errorInWords(error: TypedError, currency: string, verb: string): string {
  switch (error.__typename) {
    case 'AmountExceedsAvailableError':
      return `That is more than is left: at most ${formatMoney(error.available ?? 0, currency)} can be ${verb}.`;
    case 'InvalidAmountError':
      return `That amount cannot be ${verb}. ${error.message ?? ''}`.trim();
    case 'CurrencyMismatchError':
      return `The currency does not match the order's (${currency}).`;
    case 'InvalidOperationStateError':
      return `This can no longer be ${verb}. ${error.message ?? ''}`.trim();
    case 'NotFoundError':
      return 'The operation no longer exists.';
    case 'IdempotencyKeyReusedError':
      return 'This request was already sent with other values; close the dialog and start again.';
    case 'ContractAlreadyDeactivatedError':
      return 'This card is already deactivated.';
    default:
      return error.message ?? 'The request was refused.';
  }
}

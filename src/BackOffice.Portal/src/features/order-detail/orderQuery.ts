import { graphql } from '../../gql';

export const OrderDetailQuery = graphql(`
  query OrderDetail($orderId: String!) {
    order(orderId: $orderId) {
      id
      orderId
      amount
      currency
      customerId
      description
      customField
      channel
      createdAt
      authorizedAmount
      capturedAmount
      refundedAmount
      status
      lastOperationType
      lastOperationTime
      operations {
        id
        operationId
        operationType
        operationResult
        operationAmount
        operationCurrency
        operationTime
        channel
        paymentMethod
        paymentCircuit
        paymentInstrumentInfo
        initiatedBy
        correlationId
        contractId
        availableActions { action maxAmount currency until }
      }
    }
  }
`);

export const OrderChangedSubscription = graphql(`
  subscription OrderChanged($orderId: String!) {
    orderUpdated(orderId: $orderId) { id orderId status capturedAmount refundedAmount lastOperationTime }
  }
`);

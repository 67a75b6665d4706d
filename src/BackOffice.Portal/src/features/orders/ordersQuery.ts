import { graphql } from '../../gql';

export const OrderRowFields = graphql(`
  fragment OrderRow on Order {
    id
    orderId
    createdAt
    customerId
    customField
    status
    amount
    currency
    capturedAmount
    refundedAmount
    lastOperationType
    lastOperationTime
  }
`);

export const OrdersQuery = graphql(`
  query Orders($first: Int, $after: String, $last: Int, $before: String, $where: OrderFilterInput, $order: [OrderSortInput!]) {
    orders(first: $first, after: $after, last: $last, before: $before, where: $where, order: $order) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { ...OrderRow }
    }
  }
`);

export const OrderUpdatedSubscription = graphql(`
  subscription OrderUpdated {
    orderUpdated { ...OrderRow }
  }
`);

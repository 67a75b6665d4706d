import { graphql } from '../../gql';

export const CaptureMutation = graphql(`
  mutation Capture($input: CaptureOperationInput!) {
    captureOperation(input: $input) {
      order { id orderId status capturedAmount refundedAmount authorizedAmount }
      errors {
        __typename
        ... on Error { message code }
        ... on AmountExceedsAvailableError { available }
        ... on InvalidInputError { field }
      }
    }
  }
`);

export const RefundMutation = graphql(`
  mutation Refund($input: RefundOperationInput!) {
    refundOperation(input: $input) {
      order { id orderId status capturedAmount refundedAmount authorizedAmount }
      errors {
        __typename
        ... on Error { message code }
        ... on AmountExceedsAvailableError { available }
        ... on InvalidInputError { field }
      }
    }
  }
`);

export const CancelMutation = graphql(`
  mutation Cancel($input: CancelOperationInput!) {
    cancelOperation(input: $input) {
      order { id orderId status capturedAmount refundedAmount authorizedAmount }
      errors {
        __typename
        ... on Error { message code }
        ... on InvalidInputError { field }
      }
    }
  }
`);

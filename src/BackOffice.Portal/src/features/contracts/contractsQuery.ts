import { graphql } from '../../gql';

export const ContractsQuery = graphql(`
  query Contracts($customerId: String!) {
    contracts(customerId: $customerId, first: 100) {
      totalCount
      nodes {
        id
        contractId
        customerId
        contractType
        status
        paymentCircuit
        paymentInstrumentInfo
        expiryDate
        createdAt
        deactivatedAt
        deactivatedBy
      }
    }
  }
`);

export const DeactivateMutation = graphql(`
  mutation Deactivate($input: DeactivateContractInput!) {
    deactivateContract(input: $input) {
      contract { id contractId status deactivatedAt deactivatedBy }
      errors { __typename ... on Error { message code } }
    }
  }
`);

using BackOffice.Api.Common.Mutations;
using BackOffice.Infrastructure.Commands;
using GraphQL.Types;

namespace BackOffice.Api.Contracts;

public static class ContractMutations
{
    public static void AddContractMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<DeactivateContractPayloadType>, DeactivateContractPayload>("deactivateContract")
            .Description("Deactivates a stored card for good: it can never be used for a payment again.")
            .Argument<NonNullGraphType<DeactivateContractInputType>>("input")
            .ResolveCommand((DeactivateContractInput input) => new DeactivateContract(input.ContractId), input => input.IdempotencyKey, DeactivateContractPayload.From);
    }
}

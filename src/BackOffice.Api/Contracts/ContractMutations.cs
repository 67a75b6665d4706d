using BackOffice.Api.Common.Execution;
using BackOffice.Api.Common.Mutations;
using BackOffice.Domain.Contracts;
using BackOffice.Infrastructure.Commands;
using GraphQL;
using GraphQL.Types;

namespace BackOffice.Api.Contracts;

public static class ContractMutations
{
    public static void AddContractMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<DeactivateContractPayloadType>, DeactivateContractPayload>("deactivateContract")
            .Description("Deactivates a stored card for good: it can never be used for a payment again.")
            .Argument<NonNullGraphType<DeactivateContractInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<DeactivateContractInput>("input");
                var context = c.RequireOperator(input.IdempotencyKey);
                var outcome = await MutationGuard.Conflicts(() => c.Service<OrderCommandService>()
                    .DeactivateContractAsync(input.ContractId, context, c.CancellationToken));
                return outcome.Error is { } error ? new DeactivateContractPayload(null, [error]) : new DeactivateContractPayload(outcome.Value, null);
            });
    }
}

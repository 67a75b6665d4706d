using BackOffice.Api.Common.Execution;
using BackOffice.Api.Common.Mutations;
using BackOffice.Domain.Common;
using BackOffice.Domain.Contracts;
using BackOffice.Infrastructure.Commands;
using GraphQL;
using GraphQL.Types;

namespace BackOffice.Api.Contracts;

public sealed record DeactivateContractInput(string ContractId, string IdempotencyKey);

public sealed record DeactivateContractPayload(Contract? Contract, IReadOnlyList<DomainError>? Errors);

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

public sealed class DeactivateContractInputType : InputObjectGraphType<DeactivateContractInput>
{
    public DeactivateContractInputType()
    {
        Name = "DeactivateContractInput";
        Field(i => i.ContractId);
        Field(i => i.IdempotencyKey).Description("1 to 64 characters; the same key with the same input replays the first result.");
    }
}

public sealed class DeactivateContractPayloadType : ObjectGraphType<DeactivateContractPayload>
{
    public DeactivateContractPayloadType()
    {
        Name = "DeactivateContractPayload";
        Field<ContractGraphType>("contract").Description("The contract after deactivation.").Resolve(c => c.Source.Contract);
        Field<ListGraphType<NonNullGraphType<DeactivateContractErrorType>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public sealed class DeactivateContractErrorType : UnionGraphType
{
    public DeactivateContractErrorType()
    {
        Name = "DeactivateContractError";
        Type<NotFoundErrorType>();
        Type<ContractAlreadyDeactivatedErrorType>();
        Type<IdempotencyKeyReusedErrorType>();
        Type<InvalidInputErrorType>();
    }
}

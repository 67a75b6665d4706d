using BackOffice.Api.Common.Mutations;
using BackOffice.Domain.Common;
using BackOffice.Domain.Contracts;
using BackOffice.Infrastructure.Commands;
using GraphQL.Types;

namespace BackOffice.Api.Contracts;

/// <summary>The contract after deactivation, or why nothing happened.</summary>
public sealed record DeactivateContractPayload(Contract? Contract, IReadOnlyList<DomainError>? Errors)
{
    public static DeactivateContractPayload From(CommandOutcome<Contract> outcome) =>
        outcome.Error is { } error ? new(null, [error]) : new(outcome.Value, null);
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

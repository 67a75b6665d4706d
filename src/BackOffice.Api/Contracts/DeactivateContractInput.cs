using GraphQL.Types;

namespace BackOffice.Api.Contracts;

public sealed record DeactivateContractInput(string ContractId, string IdempotencyKey);

public sealed class DeactivateContractInputType : InputObjectGraphType<DeactivateContractInput>
{
    public DeactivateContractInputType()
    {
        Name = "DeactivateContractInput";
        Field(i => i.ContractId);
        Field(i => i.IdempotencyKey).Description("1 to 64 characters; the same key with the same input replays the first result.");
    }
}

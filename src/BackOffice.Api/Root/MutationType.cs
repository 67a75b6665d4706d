using BackOffice.Api.Contracts;
using BackOffice.Api.Operations;
using GraphQL.Types;

namespace BackOffice.Api.Root;

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddOperationMutations();
        this.AddContractMutations();
    }
}

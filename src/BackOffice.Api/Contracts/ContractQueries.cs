using BackOffice.Api.Common.Execution;
using BackOffice.Api.Common.Listing;
using BackOffice.Domain.Contracts;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Contracts;

public static class ContractQueries
{
    public static void AddContractQueries(this ObjectGraphType query)
    {
        query.Connection<ContractsConnectionType, ContractFilterInputType, ContractSortInputType, Contract>(
                "contracts", ContractListing.Definition,
                c =>
                {
                    var customerId = c.GetArgument<string>("customerId");
                    return c.Db().Contracts.AsNoTracking().Where(k => k.CustomerId == customerId);
                },
                field => field.Argument<NonNullGraphType<StringGraphType>>("customerId"))
            .Description("A customer's stored-card contracts, newest first by default.");
    }
}

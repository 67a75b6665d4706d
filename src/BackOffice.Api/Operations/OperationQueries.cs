using BackOffice.Api.Common.Execution;
using BackOffice.Api.Common.Listing;
using BackOffice.Domain.Orders;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Operations;

public static class OperationQueries
{
    public static void AddOperationQueries(this ObjectGraphType query)
    {
        query.Field<OperationGraphType, Operation>("operation")
            .Description("One operation by the gateway's operation id; null when there is none (or it belongs to someone else).")
            .Argument<NonNullGraphType<StringGraphType>>("operationId")
            .ResolveAsync(async c =>
            {
                var operationId = c.GetArgument<string>("operationId");
                return await c.Db().Operations.AsNoTracking().FirstOrDefaultAsync(o => o.OperationId == operationId, c.CancellationToken);
            });

        query.Connection<OperationsConnectionType, OperationFilterInputType, OperationSortInputType, Operation>(
                "operations", OperationListing.Definition, c => c.Db().Operations.AsNoTracking(), keepCounts: true)
            .Description("The merchant's operations across all orders, filtered, sorted (newest first by default) and paged.");
    }
}

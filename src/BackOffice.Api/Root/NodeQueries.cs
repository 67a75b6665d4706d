using BackOffice.Api.Common.Errors;
using BackOffice.Api.Common.Execution;
using BackOffice.Api.Common.Relay;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Root;

public static class NodeQueries
{
    public static void AddNodeQueries(this ObjectGraphType query)
    {
        query.Field<NodeInterface, object>("node")
            .Description("Fetches an object given its ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "ID of the object.")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                if (!GlobalId.TryDecode(id, out var type, out var value))
                {
                    throw ArgumentError.Create(GraphQLErrorCodes.InvalidId, $"'{id}' is not a node id this API issued.", ("id", id));
                }

                var db = c.Db();
                return type switch
                {
                    "Order" => await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.OrderId == value, c.CancellationToken),
                    "Operation" => await db.Operations.AsNoTracking().FirstOrDefaultAsync(o => o.OperationId == value, c.CancellationToken),
                    "Contract" => (object?)await db.Contracts.AsNoTracking().FirstOrDefaultAsync(k => k.ContractId == value, c.CancellationToken),
                    _ => null,
                };
            });
    }
}

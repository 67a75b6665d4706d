using BackOffice.Api.Common.Cost;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Common.Execution;
using BackOffice.Api.Common.Relay;
using BackOffice.Infrastructure.Persistence;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Root;

public static class NodeQueries
{
    /// <summary>HotChocolate's default batch size for <c>nodes</c>: a dashboard refreshes a page at most (50 per page is common).</summary>
    public const int MaxNodeIds = 50;

    public static void AddNodeQueries(this ObjectGraphType query)
    {
        query.Field<NodeInterface, object>("node")
            .Description("Fetches an object given its ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "ID of the object.")
            .ResolveAsync(async c =>
            {
                var id = Decode(c.GetArgument<string>("id"));
                return (await LoadAsync(c.Db(), [id], c.CancellationToken))[0];
            });

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>, object?[]>("nodes")
            .Description($"Fetches objects given their IDs, in their order: null in the place of an ID that names nothing this key may see. At most {MaxNodeIds} IDs.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "IDs of the objects.")
            .WithListSize(assumedSize: MaxNodeIds)
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > MaxNodeIds)
                {
                    throw ArgumentError.Create(GraphQLErrorCodes.TooManyNodeIds,
                        $"nodes takes at most {MaxNodeIds} IDs; {ids.Count} were sent. Ask in several requests.", ("maxIds", MaxNodeIds));
                }

                return await LoadAsync(c.Db(), [.. ids.Select(Decode)], c.CancellationToken);
            });
    }

    private static (string Type, string Value) Decode(string id) =>
        GlobalId.TryDecode(id, out var type, out var value)
            ? (type, value)
            : throw ArgumentError.Create(GraphQLErrorCodes.InvalidId, $"'{id}' is not a node id this API issued.", ("id", id));

    /// <summary>One query per type named, whatever the number of IDs; the tenant filter makes another merchant's rows absent.</summary>
    private static async Task<object?[]> LoadAsync(BackOfficeDbContext db, (string Type, string Value)[] ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<(string, string), object>();
        foreach (var group in ids.GroupBy(id => id.Type))
        {
            var values = group.Select(id => id.Value).Distinct().ToList();
            IEnumerable<(string Key, object Node)> rows = group.Key switch
            {
                "Order" => (await db.Orders.AsNoTracking().Where(o => values.Contains(o.OrderId)).ToListAsync(cancellationToken))
                    .Select(o => (o.OrderId, (object)o)),
                "Operation" => (await db.Operations.AsNoTracking().Where(o => values.Contains(o.OperationId)).ToListAsync(cancellationToken))
                    .Select(o => (o.OperationId, (object)o)),
                "Contract" => (await db.Contracts.AsNoTracking().Where(k => values.Contains(k.ContractId)).ToListAsync(cancellationToken))
                    .Select(k => (k.ContractId, (object)k)),
                _ => [],
            };
            foreach (var (key, node) in rows)
            {
                found[(group.Key, key)] = node;
            }
        }

        return [.. ids.Select(id => found.GetValueOrDefault(id))];
    }
}

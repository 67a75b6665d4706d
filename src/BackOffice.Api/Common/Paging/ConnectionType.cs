using BackOffice.Api.Common.Cost;
using GraphQL;
using GraphQL.Types;

namespace BackOffice.Api.Common.Paging;

/// <summary>HotChocolate's connection shape, named after the field (<c>orders</c> → <c>OrdersConnection</c>).</summary>
public abstract class ConnectionType<TEdgeType, TNodeType, T> : ObjectGraphType<Page<T>>
    where TEdgeType : IGraphType
    where TNodeType : IGraphType
{
    protected ConnectionType(string name)
    {
        Name = name;
        Description = "A connection to a list of items.";
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Information to aid in pagination.").Resolve(c => c.Source.PageInfo);
        Field<ListGraphType<NonNullGraphType<TEdgeType>>>("edges").Description("A list of edges.").Resolve(c => c.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeType>>>("nodes").Description("A flattened list of the nodes.")
            .Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Identifies the total count of items in the connection.")
            .WithCost(CostWeights.Count)
            .ResolveAsync(async c => await c.Source.CountAsync(c.CancellationToken));
    }
}

/// <summary>HotChocolate's edge shape: <c>cursor: String!</c>, <c>node: X!</c>.</summary>
public abstract class EdgeType<TNodeType, T> : ObjectGraphType<Edge<T>>
    where TNodeType : IGraphType
{
    protected EdgeType(string name)
    {
        Name = name;
        Description = "An edge in a connection.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("A cursor for use in pagination.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The item at the end of the edge.").Resolve(c => c.Source.Node);
    }
}

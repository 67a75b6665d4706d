namespace BackOffice.Api.Common.Paging;

/// <summary>A row of a page. Its cursor is encoded only if a client selects it: most listings ask for nodes alone.</summary>
public sealed class Edge<T>(T node, Func<T, string> encodeCursor)
{
    private string? _cursor;

    public T Node => node;

    public string Cursor => _cursor ??= encodeCursor(node);
}

public sealed class PageInfo(bool hasNextPage, bool hasPreviousPage, Func<string?> startCursor, Func<string?> endCursor)
{
    public bool HasNextPage => hasNextPage;

    public bool HasPreviousPage => hasPreviousPage;

    public string? StartCursor => startCursor();

    public string? EndCursor => endCursor();
}

/// <summary>One page of a connection. <see cref="CountAsync"/> runs only if the client selects <c>totalCount</c>.</summary>
public sealed record Page<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, Func<CancellationToken, Task<int>> CountAsync)
{
    private T[]? _nodes;

    /// <summary>The nodes as an array: GraphQL.NET walks a list by index and sizes its result once, a lazy sequence it does not.</summary>
    public IReadOnlyList<T> Nodes => _nodes ??= [.. Edges.Select(e => e.Node)];
}

namespace BackOffice.Api.Common.Paging;

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>One page of a connection. <see cref="CountAsync"/> runs only if the client selects <c>totalCount</c>.</summary>
public sealed record Page<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, Func<CancellationToken, Task<int>> CountAsync);

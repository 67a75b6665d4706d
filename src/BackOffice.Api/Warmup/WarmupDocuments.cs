namespace BackOffice.Api.Warmup;

/// <summary>
/// What a dashboard sends most, as its clients send it (variables in JSON): every document reads, none writes, and each
/// is cheap on a large merchant (a page by an index, one order, a count narrowed to one order id).
/// </summary>
public static class WarmupDocuments
{
    private const string Row = "id orderId createdAt customerId customField status channel amount currency authorizedAmount capturedAmount refundedAmount lastOperationType lastOperationTime";
    private const string OperationRow = "operationId operationType operationResult operationAmount operationCurrency operationTime";

    /// <summary>The first of them, which also gives the others an order id and a cursor.</summary>
    public const string FirstPage = $$"""{ orders(first: 50, order: [{ createdAt: DESC }]) { pageInfo { hasNextPage endCursor } nodes { {{Row}} } } }""";

    /// <summary>(name, request body) for <paramref name="orderId"/> and <paramref name="cursor"/> taken from <see cref="FirstPage"/>.</summary>
    public static IReadOnlyList<(string Name, string Body)> All(string orderId, string? cursor) =>
    [
        ("orders, first page", Body(FirstPage, null)),
        ("orders, next page by cursor", Body(
            $$"""query Orders($first: Int, $after: String, $order: [OrderSortInput!]) { orders(first: $first, after: $after, order: $order) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { ...OrderRow } } } fragment OrderRow on Order { {{Row}} }""",
            new { first = 50, after = cursor, order = new[] { new { createdAt = "DESC" } } })),
        ("orders, filtered with totalCount", Body(
            $$"""query Orders($where: OrderFilterInput) { orders(first: 50, where: $where, order: [{ createdAt: DESC }]) { totalCount nodes { {{Row}} } } }""",
            new { where = new { orderId = new { eq = orderId }, status = new { @in = new[] { "CAPTURED", "PARTIALLY_REFUNDED", "AUTHORIZED", "PENDING", "REFUNDED", "VOIDED", "DECLINED", "PARTIALLY_CAPTURED" } }, amount = new { gte = 0 } } })),
        ("order with its operations", Body(
            $$"""query($id: String!) { order(orderId: $id) { {{Row}} operations { {{OperationRow}} } } }""",
            new { id = orderId })),
        ("50 orders with their operations", Body(
            $$"""{ orders(first: 50, order: [{ createdAt: DESC }]) { nodes { {{Row}} operations { {{OperationRow}} } } } }""", null)),
    ];

    public static string Body(string query, object? variables) => System.Text.Json.JsonSerializer.Serialize(new { query, variables });
}

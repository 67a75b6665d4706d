using System.Text.Json.Nodes;
using BackOffice.Api.Tests.Support;

namespace BackOffice.Api.Tests.Statistics;

/// <summary>What the tests compare: the statistics' fields, and the same figures summed from the orders listing.</summary>
internal static class OrderVolumes
{
    public const string Fields =
        "currency orderCount amount capturedCount capturedAmount refundedCount refundedAmount pendingCount pendingAmount declinedCount declinedAmount";

    public const string Query = $$"""
        query($where: OrderFilterInput, $bucket: StatisticsBucket! = DAY, $timeZone: String! = "UTC") {
          orderStatistics(where: $where, bucket: $bucket, timeZone: $timeZone) {
            totals { {{Fields}} }
            buckets { start volumes { {{Fields}} } }
          }
        }
        """;

    public static async Task<JsonNode> StatisticsAsync(GraphQLClient client, object? where = null, string bucket = "DAY", string timeZone = "UTC") =>
        (await AnsweredAsync(client, where, bucket, timeZone)).Statistics;

    /// <summary>The statistics and the correlation id of the request that answered them, to read which SQL that request sent.</summary>
    public static async Task<(JsonNode Statistics, string CorrelationId)> AnsweredAsync(
        GraphQLClient client, object? where = null, string bucket = "DAY", string timeZone = "UTC")
    {
        var response = await client.PostAsync(Query, new { where, bucket, timeZone });
        return (response.EnsureNoErrors().Data!["orderStatistics"]!, response.CorrelationId);
    }

    /// <summary>Every order <c>orders</c> lists for <paramref name="where"/>, paged through, summed per currency by the test.</summary>
    public static async Task<Dictionary<string, long[]>> SummedFromOrdersAsync(GraphQLClient client, object? where)
    {
        var sums = new Dictionary<string, long[]>(StringComparer.Ordinal);
        string? after = null;
        do
        {
            var page = (await client.PostAsync("""
                query($where: OrderFilterInput, $after: String) {
                  orders(first: 100, after: $after, where: $where) {
                    pageInfo { hasNextPage endCursor }
                    nodes { currency amount status authorizedAmount capturedAmount refundedAmount }
                  }
                }
                """, new { where, after })).EnsureNoErrors().Data!["orders"]!;
            foreach (var order in page["nodes"]!.AsArray())
            {
                var currency = order!["currency"]!.GetValue<string>();
                var amount = order["amount"]!.GetValue<long>();
                var captured = order["capturedAmount"]!.GetValue<long>();
                var refunded = order["refundedAmount"]!.GetValue<long>();
                var status = order["status"]!.GetValue<string>();
                var pending = status is "PENDING" or "AUTHORIZED";
                var row = sums.TryGetValue(currency, out var existing) ? existing : sums[currency] = new long[10];
                long[] add =
                [
                    1, amount, captured > 0 ? 1 : 0, captured, refunded > 0 ? 1 : 0, refunded,
                    pending ? 1 : 0, pending ? order["authorizedAmount"]!.GetValue<long>() - captured : 0,
                    status == "DECLINED" ? 1 : 0, status == "DECLINED" ? amount : 0,
                ];
                for (var i = 0; i < add.Length; i++)
                {
                    row[i] += add[i];
                }
            }

            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        return sums;
    }

    /// <summary>A list of volumes as the same per-currency arrays.</summary>
    public static Dictionary<string, long[]> Read(JsonNode volumes) => volumes.AsArray().ToDictionary(
        v => v!["currency"]!.GetValue<string>(),
        v => Fields.Split(' ').Skip(1).Select(f => v![f]!.GetValue<long>()).ToArray(),
        StringComparer.Ordinal);

    /// <summary>The buckets' volumes added up per currency.</summary>
    public static Dictionary<string, long[]> SumOfBuckets(JsonNode statistics)
    {
        var sums = new Dictionary<string, long[]>(StringComparer.Ordinal);
        foreach (var bucket in statistics["buckets"]!.AsArray())
        {
            foreach (var (currency, values) in Read(bucket!["volumes"]!))
            {
                var row = sums.TryGetValue(currency, out var existing) ? existing : sums[currency] = new long[values.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    row[i] += values[i];
                }
            }
        }

        return sums;
    }

    public static void Equal(Dictionary<string, long[]> expected, Dictionary<string, long[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (currency, values) in expected)
        {
            Assert.Equal(values, actual[currency]);
        }
    }
}

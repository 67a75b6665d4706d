using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace BackOffice.Api.Tests.Support;

/// <summary>One line of SQLite's <c>EXPLAIN QUERY PLAN</c>: its id, its parent's id (0 at the top) and what it does.</summary>
public sealed record PlanNode(long Id, long Parent, string Detail);

/// <summary>How SQLite would run a statement the API sent.</summary>
public static partial class QueryPlan
{
    /// <summary>SQLite's plan of <paramref name="sql"/>, its parameters bound to NULL (plans here do not depend on their values).</summary>
    public static async Task<IReadOnlyList<PlanNode>> ExplainAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in Parameter().Matches(sql).Select(m => m.Value).Distinct())
        {
            explain.Parameters.AddWithValue(name, DBNull.Value);
        }

        var plan = new List<PlanNode>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(new PlanNode(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(3)));
        }

        return plan;
    }

    /// <summary>The plan as SQLite's shell prints it: each line indented under its parent.</summary>
    public static string Render(IReadOnlyList<PlanNode> plan)
    {
        var depth = new Dictionary<long, int> { [0] = 0 };
        var text = new StringBuilder();
        foreach (var node in plan)
        {
            depth[node.Id] = depth.GetValueOrDefault(node.Parent) + 1;
            text.Append(' ', 2 * depth[node.Id]).AppendLine(node.Detail);
        }

        return text.ToString();
    }

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();
}

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
        await using var explain = Explain(connection, "EXPLAIN QUERY PLAN", sql);

        var plan = new List<PlanNode>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(new PlanNode(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(3)));
        }

        return plan;
    }

    /// <summary>
    /// How the statement's program moves along the indexes whose names start with <paramref name="index"/>: <c>Next</c>
    /// (in the index's order), <c>Prev</c> (backwards). The query plan does not say; SQLite's bytecode does.
    /// </summary>
    public static async Task<IReadOnlySet<string>> StepsAlongAsync(string connectionString, string sql, string index)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var roots = connection.CreateCommand();
        roots.CommandText = "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND name LIKE $index || '%'";
        roots.Parameters.AddWithValue("$index", index);
        var pages = new HashSet<long>();
        await using (var reader = await roots.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                pages.Add(reader.GetInt64(0));
            }
        }

        await using var explain = Explain(connection, "EXPLAIN", sql);

        // Each OpenRead names a cursor (p1) and the root page it reads (p2); Next and Prev step a cursor (p1).
        var cursors = new HashSet<long>();
        var steps = new HashSet<string>();
        await using (var program = await explain.ExecuteReaderAsync())
        {
            while (await program.ReadAsync())
            {
                var (opcode, cursor) = (program.GetString(1), program.GetInt64(2));
                if (opcode == "OpenRead" && pages.Contains(program.GetInt64(3)))
                {
                    cursors.Add(cursor);
                }
                else if (opcode is "Next" or "Prev" && cursors.Contains(cursor))
                {
                    steps.Add(opcode);
                }
            }
        }

        return steps;
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

    /// <summary><paramref name="sql"/> under <paramref name="explain"/>, its parameters bound to NULL.</summary>
    private static SqliteCommand Explain(SqliteConnection connection, string explain, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = explain + " " + sql;
        foreach (var name in Parameter().Matches(sql).Select(m => m.Value).Distinct())
        {
            command.Parameters.AddWithValue(name, DBNull.Value);
        }

        return command;
    }

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();
}

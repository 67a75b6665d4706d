using System.Text.Json.Nodes;
using BackOffice.Tests.Shared;

namespace BackOffice.Benchmarks;

/// <summary>
/// Every view of the dashboard matrix (<see cref="DashboardMatrix"/>: each filter × each sortable column) loaded on its
/// first page and on page 50 (reached by cursor, as a client pages), each cell a short closed-loop run of its own.
/// </summary>
public static class PlanMatrix
{
    public const int DeepPage = 50;

    public static async Task<IReadOnlyList<Cell>> RunAsync(
        HttpClient http, BenchmarkOptions options, DashboardSample sample, Func<string, object?, HttpRequestMessage> graphQL)
    {
        var runner = new LoadRunner(http, options with
        {
            Warmup = TimeSpan.FromMilliseconds(options.Smoke ? 100 : 300),
            Duration = TimeSpan.FromMilliseconds(options.Smoke ? 300 : 1000),
        });
        var filters = DashboardMatrix.Filters(sample).Where(f => options.RunsMatrixFilter(f.Name)).ToList();
        var sorts = DashboardMatrix.Sorts;
        if (options.Smoke)
        {
            filters = [.. filters.Where(f => f.Name is "status CAPTURED" or "created in the last 30 days" or "customerId")];
            sorts = ["createdAt", "amount"];
        }

        var cells = new List<Cell>();
        foreach (var filter in filters)
        {
            foreach (var sort in sorts)
            {
                HttpRequestMessage Page(string? after) => graphQL(DashboardMatrix.PageQuery, new { where = filter.Where, order = DashboardMatrix.Order(sort), after });
                cells.Add(new Cell(filter.Name, sort, 1, await runner.RunAsync($"{filter.Name} by {sort}, page 1", _ => Page(null))));

                string? cursor = null;
                var page = 1;
                for (; page < DeepPage; page++)
                {
                    using var response = await http.SendAsync(Page(cursor));
                    var orders = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["orders"]!;
                    if (orders["pageInfo"]!["endCursor"] is not { } end || orders["nodes"]!.AsArray().Count < 50)
                    {
                        break;
                    }

                    cursor = end.GetValue<string>();
                }

                if (cursor is not null)
                {
                    var deep = cursor;
                    cells.Add(new Cell(filter.Name, sort, page, await runner.RunAsync($"{filter.Name} by {sort}, page {page}", _ => Page(deep))));
                }

                Console.WriteLine($"  {filter.Name} by {sort}: {string.Join(" | ", cells.Where(c => c.Filter == filter.Name && c.Sort == sort).Select(c => $"page {c.Page} p99 {c.Result.P99Ms:N1} ms"))}");
            }
        }

        return cells;
    }

    public sealed record Cell(string Filter, string Sort, int Page, LoadResult Result);
}

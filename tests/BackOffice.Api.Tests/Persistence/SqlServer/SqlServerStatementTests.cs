using System.Text;
using BackOffice.Api.Tests.Support;
using BackOffice.Infrastructure.Persistence.SqlServer;
using BackOffice.Infrastructure.Statistics;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BackOffice.Api.Tests.Persistence.SqlServer;

/// <summary>
/// SQL Server, proven without a server: every statement the API would send it (<see cref="CapturedRun"/>) and the
/// idempotent migration script are parsed by Microsoft's T-SQL parser (SQL Server 2022's grammar), the statements are a
/// reviewed snapshot, and the differences from SQLite are pinned (docs/sqlserver.md says what each one decides).
/// To accept a deliberate change: <c>UPDATE_SCHEMA=1 dotnet test --filter SqlServerStatementTests</c>, then review the diff.
/// </summary>
[Collection(CapturedRun.Collection)]
public sealed class SqlServerStatementTests(CapturedRun run)
{
    /// <summary>SQL Server refuses a command with more parameters than this.</summary>
    private const int SqlServerParameterLimit = 2100;

    private static readonly string SnapshotPath =
        Repository.PathOf("tests", "BackOffice.Api.Tests", "Persistence", "__snapshots__", "SqlServerStatements.sql");

    [Fact]
    public void EveryScenarioRanWithoutATranslationOrExecutionError() =>
        Assert.True(run.Failures.Count == 0, string.Join("\n\n", run.Failures));

    [Fact]
    public void EveryCapturedStatementParsesAsSqlServer2022TSql()
    {
        var failures = Batches().Select(b => (b.Sql, TSql.Parse(b.Sql).Errors)).Where(p => p.Errors.Count > 0)
            .Select(p => $"{TSql.Describe(p.Errors)}\n{p.Sql}").ToList();
        Assert.True(run.Statements.Count > 0);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void TheIdempotentMigrationScriptParses()
    {
        using var db = new SqlServerBackOfficeDbContext(
            new DbContextOptionsBuilder<SqlServerBackOfficeDbContext>().UseSqlServer("Server=unused;Database=BackOffice").Options);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var (parsed, errors) = TSql.Parse(script);
        Assert.True(errors.Count == 0, TSql.Describe(errors));
        Assert.True(TSql.Statements(parsed).Count() > 10);
    }

    [Fact]
    public void TheOrderVolumesTriggerAndItsBackfillParse()
    {
        // The migration runs the trigger through EXEC(N'…'), whose text the script's parse does not open: parsed here.
        var (trigger, errors) = TSql.Parse(OrderVolumeTriggers.SqlServer.CreateTrigger());
        Assert.True(errors.Count == 0, TSql.Describe(errors));
        var create = Assert.IsType<CreateTriggerStatement>(Assert.Single(TSql.Statements(trigger)));
        Assert.Equal([TriggerActionType.Insert, TriggerActionType.Update, TriggerActionType.Delete], create.TriggerActions.Select(a => a.TriggerActionType));
        Assert.Equal(TriggerType.After, create.TriggerType);

        var (backfill, backfillErrors) = TSql.Parse(OrderVolumeTriggers.SqlServer.Backfill() + "\n" + OrderVolumeTriggers.SqlServer.DropTrigger());
        Assert.True(backfillErrors.Count == 0, TSql.Describe(backfillErrors));
        Assert.Equal(2, TSql.Statements(backfill).Count());
    }

    [Fact]
    public void TheCommittedStatementsMatchWhatTheApiSends()
    {
        var printed = Print();
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(SnapshotPath, printed);
        }

        var committed = File.Exists(SnapshotPath) ? File.ReadAllText(SnapshotPath).ReplaceLineEndings("\n") : "";
        Assert.True(committed == printed,
            "Persistence/__snapshots__/SqlServerStatements.sql differs from the statements the API sends SQL Server. If the change is " +
            "deliberate, run `UPDATE_SCHEMA=1 dotnet test tests/BackOffice.Api.Tests --filter SqlServerStatementTests` and review the diff.");
    }

    [Fact]
    public void NoStatementComesNearSqlServersParameterLimit()
    {
        var largest = run.Statements.MaxBy(s => s.Parameters.Count)!;
        Assert.True(largest.Parameters.Count < SqlServerParameterLimit, $"{largest.Parameters.Count} parameters in '{largest.Scenario}'");
        // The request that fills the filter budget (1,000 values) with a cursor is the largest: it must be the one measured.
        Assert.Equal("orders where in-lists fill the filter budget (1,000 values)", largest.Scenario);
        Assert.InRange(largest.Parameters.Count, 1_000, 1_100);
    }

    /// <summary>
    /// The batches of the snapshot: each distinct command once, its parameters declared with the SQL types EF Core gives
    /// them (values left out: times and generated ids change), under the first scenario that sent it.
    /// </summary>
    private IEnumerable<(string Scenario, string Sql)> Batches() => run.Statements
        .Select(s => (s.Scenario, Sql: Declare(s) + s.Text.ReplaceLineEndings("\n").Trim()))
        .DistinctBy(b => b.Sql);

    private static string Declare(CapturedStatement statement) => statement.Parameters.Count == 0
        ? ""
        : "DECLARE " + string.Join(", ", statement.Parameters.Select(p => $"{p.Name} {p.SqlType}")) + ";\n";

    private string Print()
    {
        var text = new StringBuilder();
        var batches = Batches().ToList();
        text.Append("-- Every statement the API sends SQL Server, captured by SqlServerStatementTests (").Append(batches.Count)
            .Append(" distinct commands from ").Append(run.Requests).Append(" requests).\n")
            .Append("-- Regenerate: UPDATE_SCHEMA=1 dotnet test tests/BackOffice.Api.Tests --filter SqlServerStatementTests\n\n");
        foreach (var (scenario, sql) in batches)
        {
            text.Append("-- ").Append(scenario).Append('\n').Append(sql).Append("\nGO\n\n");
        }

        return text.ToString();
    }
}

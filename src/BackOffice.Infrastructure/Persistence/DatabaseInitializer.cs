using BackOffice.Infrastructure.Persistence.Sqlite;
using BackOffice.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BackOffice.Infrastructure.Persistence;

/// <summary>Applies migrations at start and seeds the demo data when configured (or when an embedded database is new).</summary>
public sealed class DatabaseInitializer(
    BackOfficeDbContextFactory contexts, DemoSeeder seeder, IConfiguration configuration, IHostEnvironment environment,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue($"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Migrate)}", true))
        {
            logger.LogInformation("Database:Migrate is false: another instance migrates and seeds; /health/ready says when it is done.");
            return;
        }

        await using (var db = contexts.Create(merchantId: null))
        {
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new InvalidOperationException(
                    $"The database could not be migrated ({db.Database.ProviderName}): {e.Message} Check ConnectionStrings:BackOffice.", e);
            }

            if (db.Database.IsSqlite())
            {
                if (!SqliteProcessSetup.Applied)
                {
                    logger.LogWarning("SQLite was started before its process-wide settings were applied: statements prepare more slowly under concurrent requests.");
                }

                // WAL lets readers go on while a writer commits; the setting is stored in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await UpdateStatisticsAsync(db, cancellationToken);
            }
        }

        if (SeedsDemo(configuration, environment) && await seeder.SeedDemoAsync(cancellationToken))
        {
            logger.LogInformation("Demo keys: {Operator} (OPERATE), {Reader} (READ), {Dashboard} (READ, persisted documents only), {Other} (OPERATE, merchant 'other').",
                DemoKeys.DemoOperator, DemoKeys.DemoReader, DemoKeys.DemoDashboard, DemoKeys.OtherOperator);
        }
    }

    /// <summary><c>Seed:Demo</c> when set; otherwise in Development, and for the embedded default outside Production.</summary>
    public static bool SeedsDemo(IConfiguration configuration, IHostEnvironment environment)
    {
        if (bool.TryParse(configuration["Seed:Demo"], out var explicitly))
        {
            return explicitly;
        }

        var embedded = string.Equals(configuration["Database:Provider"] ?? "Sqlite", "Sqlite", StringComparison.OrdinalIgnoreCase);
        return environment.IsDevelopment() || (embedded && !environment.IsProduction());
    }

    /// <summary>
    /// SQLite plans by statistics it only has after ANALYZE; without them it may scan a million operations in index
    /// order rather than look up fifty orders' (800 ms instead of 0.4 ms). SQL Server keeps its statistics itself.
    /// An index a migration just added is analyzed alone: <c>PRAGMA optimize</c> leaves it without statistics, and SQLite
    /// then guesses that it is as selective as the best of them.
    /// </summary>
    public static async Task UpdateStatisticsAsync(BackOfficeDbContext db, CancellationToken cancellationToken)
    {
        var analyzed = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE name = 'sqlite_stat1'")
            .SingleAsync(cancellationToken) > 0;
        if (!analyzed)
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken);
            return;
        }

        var unanalyzed = await db.Database.SqlQueryRaw<string>("""
            SELECT i.name AS "Value" FROM sqlite_master AS i
            WHERE i.type = 'index' AND i.sql IS NOT NULL AND i.name NOT IN (SELECT s.idx FROM sqlite_stat1 AS s WHERE s.idx IS NOT NULL)
                AND EXISTS (SELECT 1 FROM sqlite_stat1 AS t WHERE t.tbl = i.tbl_name)
            """).ToListAsync(cancellationToken);
        foreach (var index in unanalyzed)
        {
            var analyze = "ANALYZE \"" + index.Replace("\"", "\"\"", StringComparison.Ordinal) + "\";"; // a name from sqlite_master, quoted
            await db.Database.ExecuteSqlRawAsync(analyze, cancellationToken);
        }

        await db.Database.ExecuteSqlRawAsync("PRAGMA optimize;", cancellationToken);
    }

    internal static string DefaultSqliteConnectionString(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, "data");
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "backoffice.db") }.ToString();
    }
}

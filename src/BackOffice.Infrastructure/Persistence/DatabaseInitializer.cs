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
                // WAL lets readers go on while a writer commits; the setting is stored in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
        }

        if (SeedsDemo(configuration, environment) && await seeder.SeedDemoAsync(cancellationToken))
        {
            logger.LogInformation("Demo keys: {Operator} (OPERATE), {Reader} (READ), {Other} (OPERATE, merchant 'other').",
                DemoKeys.DemoOperator, DemoKeys.DemoReader, DemoKeys.OtherOperator);
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

    internal static string DefaultSqliteConnectionString(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, "data");
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "backoffice.db") }.ToString();
    }
}

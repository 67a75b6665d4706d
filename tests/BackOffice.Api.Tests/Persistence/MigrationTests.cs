using BackOffice.Infrastructure.Persistence;
using BackOffice.Infrastructure.Persistence.Sqlite;
using BackOffice.Infrastructure.Persistence.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BackOffice.Api.Tests.Persistence;

/// <summary>
/// Both providers' migrations match the model, and the SQL Server script a DBA would run (<c>dotnet ef migrations
/// script --idempotent</c>) is reviewed like code: a model change without its migrations fails here.
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public void TheSqliteMigrationsMatchTheModel()
    {
        using var db = new SqliteBackOfficeDbContext(new DbContextOptionsBuilder<SqliteBackOfficeDbContext>().UseSqlite("Data Source=:memory:").Options);
        Assert.False(db.Database.HasPendingModelChanges(), AddMigration("SqliteBackOfficeDbContext", "Sqlite"));
    }

    [Fact]
    public void TheSqlServerMigrationsMatchTheModel()
    {
        using var db = SqlServer();
        Assert.False(db.Database.HasPendingModelChanges(), AddMigration("SqlServerBackOfficeDbContext", "SqlServer"));
    }

    [Fact]
    public void TheIdempotentSqlServerScriptIsReviewed()
    {
        using var db = SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Snapshot.Match(script.ReplaceLineEndings("\n"));
    }

    private static SqlServerBackOfficeDbContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerBackOfficeDbContext>().UseSqlServer("Server=unused;Database=BackOffice").Options);

    private static string AddMigration(string context, string folder) =>
        $"The model changed without a migration: dotnet ef migrations add NAME -p src/BackOffice.Infrastructure -s src/BackOffice.Infrastructure -c {context} -o Persistence/{folder}/Migrations";
}

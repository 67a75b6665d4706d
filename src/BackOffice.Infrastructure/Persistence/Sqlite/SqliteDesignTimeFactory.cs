using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BackOffice.Infrastructure.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the context without starting the API.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBackOfficeDbContext>
{
    public SqliteBackOfficeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteBackOfficeDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BackOffice.Infrastructure.Persistence.SqlServer;

/// <summary>Lets <c>dotnet ef</c> build the context without a server: generating migrations never connects.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerBackOfficeDbContext>
{
    public SqlServerBackOfficeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerBackOfficeDbContext>().UseSqlServer("Server=design-time;Database=BackOffice").Options);
}

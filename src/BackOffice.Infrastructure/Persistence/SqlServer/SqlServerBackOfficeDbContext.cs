using Microsoft.EntityFrameworkCore;

namespace BackOffice.Infrastructure.Persistence.SqlServer;

/// <summary>
/// Production. Migrations:
/// <c>dotnet ef migrations add NAME -p src/BackOffice.Infrastructure -c SqlServerBackOfficeDbContext -o Persistence/SqlServer/Migrations</c>
/// </summary>
public sealed class SqlServerBackOfficeDbContext(DbContextOptions<SqlServerBackOfficeDbContext> options) : BackOfficeDbContext(options);

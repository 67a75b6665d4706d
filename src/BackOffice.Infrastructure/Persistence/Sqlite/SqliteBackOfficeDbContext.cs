using Microsoft.EntityFrameworkCore;

namespace BackOffice.Infrastructure.Persistence.Sqlite;

/// <summary>
/// The embedded default. Migrations:
/// <c>dotnet ef migrations add NAME -p src/BackOffice.Infrastructure -c SqliteBackOfficeDbContext -o Persistence/Sqlite/Migrations</c>
/// </summary>
public sealed class SqliteBackOfficeDbContext(DbContextOptions<SqliteBackOfficeDbContext> options) : BackOfficeDbContext(options);

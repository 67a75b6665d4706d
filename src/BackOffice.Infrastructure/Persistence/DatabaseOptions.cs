namespace BackOffice.Infrastructure.Persistence;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default) or <c>SqlServer</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Apply migrations at start. With several instances, one migrates and the others set this to false and wait.</summary>
    public bool Migrate { get; set; } = true;
}

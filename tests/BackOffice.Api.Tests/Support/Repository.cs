namespace BackOffice.Api.Tests.Support;

/// <summary>Files of the repository the tests check (schema, compose file, Dockerfile, README).</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BackOfficeGraphQL.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("BackOfficeGraphQL.sln not found above the test output.");
    }
}

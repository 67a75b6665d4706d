using BackOffice.Api.Root;
using GraphQL.Types;

namespace BackOffice.Api.SchemaExport;

/// <summary>
/// <c>dotnet run --project src/BackOffice.Api -- schema export [--output schema/schema.graphql]</c>: writes the schema the
/// server prints, from the same registration, without a database (the services are built, never started).
/// Without <c>--output</c> it prints to standard output.
/// </summary>
public static class SchemaExportCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var outputAt = Array.IndexOf(args, "--output");
        if (args is not ["schema", "export", ..] || (outputAt >= 0 && outputAt + 1 >= args.Length))
        {
            await Console.Error.WriteLineAsync("usage: schema export [--output FILE] [--Key=Value settings]");
            return 2;
        }

        var settings = args.Where((_, i) => i > 1 && (outputAt < 0 || (i != outputAt && i != outputAt + 1))).ToArray();
        var builder = WebApplication.CreateBuilder(settings);
        builder.Services.AddBackOfficeApi(builder.Configuration, builder.Environment);
        await using var app = builder.Build();
        var text = SchemaText.Of(app.Services.GetRequiredService<ISchema>());
        if (outputAt < 0)
        {
            await Console.Out.WriteAsync(text);
            return 0;
        }

        var path = Path.GetFullPath(args[outputAt + 1], CallerDirectory());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text);
        await Console.Error.WriteLineAsync($"Schema written to {path}.");
        return 0;
    }

    /// <summary>
    /// <c>dotnet run</c> starts the program in the project's directory; a relative <c>--output</c> means the directory the
    /// command was typed in, which a POSIX shell exports as <c>PWD</c>.
    /// </summary>
    private static string CallerDirectory() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Directory.GetCurrentDirectory();
}

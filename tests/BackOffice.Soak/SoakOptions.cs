using System.Globalization;

namespace BackOffice.Soak;

/// <summary>
/// Command line: <c>[--minutes 10] [--sockets 500] [--output DIR]</c>.
/// </summary>
public sealed record SoakOptions(TimeSpan Duration, int Sockets, string Output)
{
    public static SoakOptions Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var minutes = Value("--minutes") is { } m ? double.Parse(m, CultureInfo.InvariantCulture) : 10;
        return new SoakOptions(
            Duration: TimeSpan.FromMinutes(minutes),
            Sockets: Value("--sockets") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : 500,
            Output: Value("--output") ?? Path.Combine(Benchmarks.ApiProcess.RepositoryRoot(), "artifacts", "soak"));
    }
}

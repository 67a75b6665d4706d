using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Security;

/// <summary>
/// <c>dotnet run --project src/BackOffice.Api -- keys persisted-only on|off --merchant M --name N</c>: marks a merchant's key
/// as running only the trusted documents (or lifts it). Running instances apply it within 30 s (their key cache).
/// </summary>
public static class ApiKeyCommand
{
    private const string Usage = "usage: keys persisted-only on|off --merchant MERCHANT --name KEY_NAME [--ConnectionStrings:BackOffice=...]";

    public static async Task<int> RunAsync(string[] args)
    {
        var merchant = Option(args, "--merchant");
        var name = Option(args, "--name");
        if (args is not [_, "persisted-only", "on" or "off", ..] || merchant is null || name is null)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var persistedOnly = args[2] == "on";
        var settings = args.Skip(3).Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)).ToArray();
        var builder = WebApplication.CreateBuilder(settings);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Services.AddBackOfficeApi(builder.Configuration, builder.Environment);
        await using var app = builder.Build();
        await using var db = app.Services.GetRequiredService<BackOfficeDbContextFactory>().Create(merchantId: null);
        var keys = await db.ApiKeys.Where(k => k.MerchantId == merchant && k.Name == name).ToListAsync();
        if (keys.Count == 0)
        {
            await Console.Error.WriteLineAsync($"Merchant '{merchant}' has no key named '{name}'.");
            return 1;
        }

        keys.ForEach(k => k.RestrictToPersistedDocuments(persistedOnly));
        await db.SaveChangesAsync();
        Console.WriteLine($"Key '{name}' of merchant '{merchant}' {(persistedOnly ? "runs only trusted documents" : "runs any document")} now.");
        return 0;
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

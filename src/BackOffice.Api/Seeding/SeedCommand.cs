using System.Diagnostics;
using System.Globalization;
using BackOffice.Infrastructure.Persistence;
using BackOffice.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Seeding;

/// <summary>
/// <c>dotnet run --project src/BackOffice.Api -- seed --orders 1000000</c>: migrates, creates the demo merchants
/// if missing, then tops the <c>demo</c> merchant up to that many orders (a second run with the same number adds nothing).
/// </summary>
public static class SeedCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var ordersAt = Array.IndexOf(args, "--orders");
        if (ordersAt < 0 || ordersAt + 1 >= args.Length || !int.TryParse(args[ordersAt + 1], CultureInfo.InvariantCulture, out var target) || target < 0)
        {
            await Console.Error.WriteLineAsync("usage: seed --orders N [--ConnectionStrings:BackOffice=...] [--Database:Provider=...]");
            return 2;
        }

        var settings = args.Where((_, i) => i != 0 && i != ordersAt && i != ordersAt + 1).ToArray();
        var builder = WebApplication.CreateBuilder(settings);
        builder.Configuration["Seed:Demo"] = "true";
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning); // a line per batch would cost more than the batch
        builder.Services.AddBackOfficeApi(builder.Configuration, builder.Environment);
        await using var app = builder.Build();
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);

        int existing;
        await using (var db = app.Services.GetRequiredService<BackOfficeDbContextFactory>().Create(DemoKeys.DemoMerchant))
        {
            existing = await db.Orders.CountAsync();
        }

        var missing = target - existing;
        Console.WriteLine($"Merchant '{DemoKeys.DemoMerchant}' has {existing:N0} orders; adding {Math.Max(missing, 0):N0}.");
        if (missing <= 0)
        {
            return 0;
        }

        var clock = Stopwatch.StartNew();
        var progress = new Progress<int>(done =>
            Console.WriteLine($"  {done:N0} / {missing:N0} orders ({done / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0}/s)"));
        var generator = new DemoDataGenerator(seed: existing, DemoKeys.DemoMerchant, $"B{existing}-", customers: 20_000);
        await app.Services.GetRequiredService<DemoSeeder>().SeedOrdersAsync(generator, missing, CancellationToken.None, progress);
        Console.WriteLine($"Seeded {missing:N0} orders in {clock.Elapsed.TotalSeconds:N1} s.");
        return 0;
    }
}

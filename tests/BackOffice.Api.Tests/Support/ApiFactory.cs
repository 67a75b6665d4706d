using BackOffice.Api.Transport.Subscriptions;
using BackOffice.Infrastructure.Events;
using BackOffice.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BackOffice.Api.Tests.Support;

/// <summary>
/// The API in process on its own SQLite file, seeded with the demo data at a fixed instant, so every response
/// (and every snapshot) is the same on every run. Counts SQL commands and can inject a database fault.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private readonly string _ownDatabasePath = Path.Combine(Path.GetTempPath(), $"backoffice-tests-{Guid.NewGuid():N}.db");

    // The host sets the request on it; the command counter reads it to tell which request sent a command.
    private readonly HttpContextAccessor _requests = new();

    public ApiFactory() => Commands = new SqlCommandCounter(_requests);

    /// <summary>Configuration on top of the defaults (e.g. <c>ConnectionStrings:Redis</c>).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Services a test adds or replaces (e.g. an in-memory trace exporter), after every other registration.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>Another instance whose database this one uses: two API instances on one database.</summary>
    public ApiFactory? SharedDatabase { get; init; }

    private string DatabasePath => SharedDatabase?.DatabasePath ?? _ownDatabasePath;

    public FakeTimeProvider Clock { get; } = new(Now);

    public SqlCommandCounter Commands { get; }

    public FaultInjector Faults { get; } = new();

    public ConcurrencyBumper Bumper { get; } = new();

    public LogCollector Logs { get; } = new();

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = DatabasePath }.ToString();

    public GraphQLClient Client(string? apiKey = "demo-reader-key") => new(CreateClient(), apiKey);

    /// <summary>Waits until this instance's event hub has exactly <paramref name="count"/> subscribers (subscribing is asynchronous).</summary>
    /// <summary>Waits until <paramref name="count"/> socket subscriptions listen (members of shared executions, however many there are).</summary>
    public async Task WaitForSubscribersAsync(int count)
    {
        var audiences = Services.GetRequiredService<SubscriptionAudiences>();
        for (var i = 0; i < 200 && audiences.ListeningMembers != count; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(count, audiences.ListeningMembers);
    }

    /// <summary>A context for arranging and checking data directly, limited to <paramref name="merchantId"/>.</summary>
    public BackOfficeDbContext Db(string? merchantId = "demo") =>
        Services.GetRequiredService<BackOfficeDbContextFactory>().Create(merchantId);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:BackOffice", ConnectionString);
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Paging:CursorKey", "tests-only-cursor-key-0123456789abcdef"); // fixed, so snapshotted cursors are stable
        builder.UseSetting("RateLimiting:Enabled", "false"); // tests fire requests faster than any dashboard; one test turns it on
        builder.UseSetting("Warmup:Enabled", "false"); // its queries would show in the tests' command counts; the warm-up tests turn it on
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IHttpContextAccessor>(_requests);
            services.AddSingleton<IInterceptor>(Commands);
            services.AddSingleton<IInterceptor>(Faults);
            services.AddSingleton<IInterceptor>(Bumper);
            services.AddSingleton<ILoggerProvider>(Logs);
            TestServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (SharedDatabase is not null)
        {
            return; // the owner deletes it
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_ownDatabasePath + suffix);
        }
    }
}

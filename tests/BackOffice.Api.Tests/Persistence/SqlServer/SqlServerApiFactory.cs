using BackOffice.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BackOffice.Api.Tests.Persistence.SqlServer;

/// <summary>
/// The API configured for SQL Server (<c>Database:Provider=SqlServer</c>) whose every command is captured and answered
/// by <see cref="StatementCapture"/>: nothing migrates or seeds at start, and the background loops (outbox dispatcher,
/// idempotency cleanup, simulator) are left for the test to run one round at a time, so the capture is deterministic.
/// </summary>
public sealed class SqlServerApiFactory : WebApplicationFactory<Program>
{
    public StatementCapture Capture { get; } = new();

    public FakeTimeProvider Clock { get; } = new(SampleData.Now);

    /// <summary>What the API logged: an unexpected error's exception is here, behind the masked INTERNAL answer.</summary>
    public LogCollector Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "SqlServer");
        builder.UseSetting("ConnectionStrings:BackOffice", "Server=127.0.0.1,1;Database=BackOffice;Connect Timeout=1;TrustServerCertificate=true");
        builder.UseSetting("Database:Migrate", "false");
        builder.UseSetting("Seed:Demo", "false");
        builder.UseSetting("Paging:CursorKey", "tests-only-cursor-key-0123456789abcdef");
        builder.UseSetting("RateLimiting:Enabled", "false");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IInterceptor>(Capture);
            services.AddSingleton<ILoggerProvider>(Logs);
            foreach (var loop in services.Where(IsOurBackgroundLoop).ToList())
            {
                services.Remove(loop);
            }
        });
    }

    private static bool IsOurBackgroundLoop(ServiceDescriptor descriptor) =>
        descriptor.ServiceType == typeof(IHostedService) && !descriptor.IsKeyedService
        && (descriptor.ImplementationType ?? descriptor.ImplementationFactory?.Method.DeclaringType)?.FullName?.StartsWith("BackOffice.", StringComparison.Ordinal) == true;
}

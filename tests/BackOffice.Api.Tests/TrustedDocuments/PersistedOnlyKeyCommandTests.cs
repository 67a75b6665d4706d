using BackOffice.Api.Security;
using BackOffice.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Api.Tests.TrustedDocuments;

/// <summary>The admin's way to mark a key persisted-only: <c>keys persisted-only on|off --merchant M --name N</c>.</summary>
public sealed class PersistedOnlyKeyCommandTests
{
    [Fact]
    public async Task TheCommandMarksAKeyPersistedOnlyAndItsAdHocDocumentsAreRefused()
    {
        using var api = new ApiFactory();
        _ = api.Services.GetRequiredService<BackOffice.Infrastructure.Persistence.BackOfficeDbContextFactory>(); // started: migrated and seeded

        var exit = await ApiKeyCommand.RunAsync(
            ["keys", "persisted-only", "on", "--merchant", "demo", "--name", "demo reader", $"--ConnectionStrings:BackOffice={api.ConnectionString}"]);
        var response = await api.Client("demo-reader-key").PostAsync("{ orders(first: 1) { totalCount } }");

        Assert.Equal(0, exit);
        Assert.Equal("PERSISTED_QUERY_ONLY", response.FirstErrorCode);
    }

    [Fact]
    public async Task AnUnknownKeyNameFailsWithoutChangingAnything()
    {
        using var api = new ApiFactory();
        _ = api.Services.GetRequiredService<BackOffice.Infrastructure.Persistence.BackOfficeDbContextFactory>();

        var exit = await ApiKeyCommand.RunAsync(
            ["keys", "persisted-only", "on", "--merchant", "demo", "--name", "no such key", $"--ConnectionStrings:BackOffice={api.ConnectionString}"]);
        var response = await api.Client("demo-reader-key").PostAsync("{ orders(first: 1) { totalCount } }");

        Assert.Equal(1, exit);
        response.EnsureNoErrors();
    }
}

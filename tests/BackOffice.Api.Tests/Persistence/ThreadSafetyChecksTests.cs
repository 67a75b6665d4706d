using BackOffice.Api.Tests.Support;
using BackOffice.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Api.Tests.Persistence;

/// <summary>
/// EF Core's check that no two threads share a context runs in development and every test, where it finds bugs, and not in
/// production, where it costs an AsyncLocal write per row read (DependencyInjection.ChecksThreadSafety).
/// </summary>
public sealed class ThreadSafetyChecksTests
{
    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    public async Task TheContextChecksForConcurrentUseOnlyInDevelopment(string environment, bool checks)
    {
        await using var api = new ApiFactory().WithWebHostBuilder(b => b.UseEnvironment(environment));
        await using var db = api.Services.GetRequiredService<BackOfficeDbContextFactory>().Create(null);
        Assert.Equal(checks, db.GetService<ICoreSingletonOptions>().AreThreadSafetyChecksEnabled);
    }
}

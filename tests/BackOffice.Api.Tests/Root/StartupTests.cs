using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BackOffice.Api.Tests.Root;

public sealed class StartupTests
{
    [Fact]
    public void AnUnknownDatabaseProviderStopsTheStartWithAClearMessage()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Database:Provider", "Oracle"));
        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());
        Assert.Equal("Database:Provider 'Oracle' is not supported; use 'Sqlite' (the embedded default) or 'SqlServer'.", error.Message);
    }
}

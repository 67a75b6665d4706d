using System.Net;
using BackOffice.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BackOffice.Api.Tests.Root;

/// <summary>What an operator configures for production: rate limits, CORS, introspection and the IDE, no demo keys, a fast failure.</summary>
public sealed class ProductionHygieneTests
{
    [Fact]
    public async Task AKeyOverItsRateGets429WithRetryAfter()
    {
        using var api = new ApiFactory { Settings = new Dictionary<string, string> { ["RateLimiting:Enabled"] = "true", ["RateLimiting:Burst"] = "2", ["RateLimiting:PermitsPerSecond"] = "1" } };
        var client = api.Client();
        var responses = new List<GraphQLClient.GraphQLResponse>();
        for (var i = 0; i < 4; i++)
        {
            responses.Add(await client.PostAsync("{ __typename }"));
        }

        var limited = responses.Last();
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal("RATE_LIMITED", limited.FirstErrorCode);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal(HttpStatusCode.OK, (await api.Client("other-operator-key").PostAsync("{ __typename }")).Status); // another key is not affected
    }

    [Fact]
    public async Task AConfiguredDashboardOriginPassesThePreflight()
    {
        using var api = new ApiFactory { Settings = new Dictionary<string, string> { ["Cors:AllowedOrigins:0"] = "https://dashboard.example" } };
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", "https://dashboard.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key,graphql-cost");
        using var response = await api.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("https://dashboard.example", response.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var other = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        other.Headers.Add("Origin", "https://evil.example");
        other.Headers.Add("Access-Control-Request-Method", "POST");
        using var refused = await api.CreateClient().SendAsync(other);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task IntrospectionAndTheIdeCanBeSwitchedOff()
    {
        using var api = new ApiFactory { Settings = new Dictionary<string, string> { ["GraphQL:Introspection:Enabled"] = "false", ["GraphQL:Ide:Enabled"] = "false" } };
        var introspection = await api.Client().PostAsync("{ __schema { queryType { name } } }");
        Assert.NotNull(introspection.Errors);
        Assert.Null(introspection.Data);
        (await api.Client().PostAsync("{ orders(first: 1) { totalCount } }")).EnsureNoErrors();

        using var browser = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql/");
        page.Headers.Accept.ParseAdd("text/html");
        using var response = await browser.SendAsync(page);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WithIntrospectionOffTheSchemaIsRefusedEvenToAValidKey()
    {
        using var api = new ApiFactory { Settings = new Dictionary<string, string> { ["GraphQL:Introspection:Enabled"] = "false" } };
        var response = await api.Client().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?sdl"));
        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("INTROSPECTION_DISABLED", response.FirstErrorCode);
        Assert.DoesNotContain("OrdersConnection", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductionHasNoDemoKeysUnlessConfigured()
    {
        using var api = new ApiFactory { Settings = new Dictionary<string, string> { ["Seed:Demo"] = "" } }
            .WithWebHostBuilder(b => b.UseEnvironment("Production"));
        using var response = await api.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ __typename }" }),
            Headers = { { "X-Api-Key", "demo-operator-key" } },
        });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void AnUnreachableSqlServerStopsTheStartQuicklyWithAClearMessage()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Database:Provider", "SqlServer")
            .UseSetting("ConnectionStrings:BackOffice", "Server=127.0.0.1,1;Database=BackOffice;User Id=sa;Password=x;Connect Timeout=2;ConnectRetryCount=0;TrustServerCertificate=True"));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());
        Assert.StartsWith("The database could not be migrated (Microsoft.EntityFrameworkCore.SqlServer)", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:BackOffice", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"failing took {clock.Elapsed}");
    }

    [Fact]
    public async Task ReadinessIsFalseWhileTheDatabaseIsDown()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Database:Provider", "SqlServer")
            .UseSetting("Database:Migrate", "false")
            .UseSetting("ConnectionStrings:BackOffice", "Server=127.0.0.1,1;Database=BackOffice;User Id=sa;Password=x;Connect Timeout=2;ConnectRetryCount=0;TrustServerCertificate=True"));
        using var response = await factory.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
        using var live = await factory.CreateClient().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}

using System.Net;
using BackOffice.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Api.Tests.Health;

/// <summary>
/// A fresh instance runs the hot GraphQL documents before it says ready, so a load balancer sends it users only once it is
/// warm; the warm-up only reads, and a warm-up that fails still lets the instance become ready.
/// </summary>
public sealed class WarmupReadinessTests
{
    [Fact]
    public async Task ReadinessAnswersOnlyAfterTheWarmUpRanAndTheWarmUpWritesNothing()
    {
        var (api, factory, gate) = Start();
        using (api)
        using (factory)
        {
            using var http = factory.CreateClient();
            await AssertNotReadyAsync(http);
            Assert.DoesNotContain(api.Logs.Lines, l => l.Contains("Warm-up:", StringComparison.Ordinal));

            var before = api.Commands.Texts.Count;
            gate.Release();
            await WaitUntilReadyAsync(http);

            var outcome = Assert.Single(api.Logs.Lines, l => l.Contains("GraphQLWarmup Information: Warm-up:", StringComparison.Ordinal));
            Assert.Matches(@"Warm-up: [1-9]\d* executions in [1-9]\d* rounds", outcome);
            Assert.DoesNotContain("failed", outcome, StringComparison.Ordinal);
            var warmUpSql = api.Commands.DataTexts.Skip(before).ToList();
            Assert.Contains(warmUpSql, t => t.Contains("\"Orders\"", StringComparison.Ordinal));
            Assert.Contains(warmUpSql, t => t.Contains("\"Operations\"", StringComparison.Ordinal));
            Assert.All(warmUpSql, t => Assert.DoesNotMatch(@"(?i)\b(INSERT|UPDATE|DELETE)\b", t));
        }
    }

    [Theory]
    [InlineData("Operations")] // the documents that load operations fail and are dropped; the others run
    [InlineData("Orders")] // nothing runs at all
    public async Task AFailingWarmUpIsLoggedAndDoesNotBlockReadiness(string brokenTable)
    {
        var (api, factory, gate) = Start();
        using (api)
        using (factory)
        {
            using var http = factory.CreateClient();
            await AssertNotReadyAsync(http);
            api.Faults.FailOnTable = brokenTable;
            gate.Release();
            await WaitUntilReadyAsync(http);

            Assert.Contains(api.Logs.Lines, l => l.Contains("GraphQLWarmup Warning:", StringComparison.Ordinal));
            Assert.Contains(api.Logs.Lines, l => l.Contains("GraphQLWarmup Information: Warm-up:", StringComparison.Ordinal));
            api.Faults.FailOnTable = null;
            using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        }
    }

    private static (ApiFactory Api, WebApplicationFactory<Program> Factory, WarmupGate Gate) Start()
    {
        var gate = new WarmupGate();
        var api = new ApiFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["Warmup:Enabled"] = "true",
                ["Warmup:MinRounds"] = "3", // the test checks that it runs and what it touches, not how warm it gets
                ["Warmup:QuietPeriod"] = "00:00:00.2", // other tests JIT in this process too
                ["Warmup:MaxDuration"] = "00:00:30",
            },
        };
        var factory = api.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(gate)));
        return (api, factory, gate);
    }

    private static async Task AssertNotReadyAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
        using var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode); // alive all along: only not ready
    }

    private static async Task WaitUntilReadyAsync(HttpClient http)
    {
        for (var i = 0; i < 300; i++)
        {
            using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The instance did not become ready within 30 s of the warm-up's release.");
    }
}

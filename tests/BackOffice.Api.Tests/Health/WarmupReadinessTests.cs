using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using BackOffice.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
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
        var (api, http, gate, requests) = Start();
        using (api)
        using (http)
        {
            await AssertNotReadyAsync(http);
            Assert.DoesNotContain(api.Logs.Lines, l => l.Contains("Warm-up:", StringComparison.Ordinal));

            var before = api.Commands.Texts.Count;
            gate.Release();
            await WaitUntilReadyAsync(http);

            var outcome = Assert.Single(api.Logs.Lines, l => l.Contains("GraphQLWarmup Information: Warm-up:", StringComparison.Ordinal));
            var counted = Regex.Match(outcome, @"Warm-up: ([1-9]\d*) executions in [1-9]\d* rounds over HTTP");
            Assert.True(counted.Success, outcome);
            var executions = int.Parse(counted.Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.DoesNotContain("failed", outcome, StringComparison.Ordinal);

            // Every execution was a request through the whole server, from loopback, answered by the GraphQL middleware (a cut
            // warm-up may have sent a last round it did not wait for).
            Assert.InRange(requests.Requests.Count, executions, int.MaxValue);
            Assert.All(requests.Requests, r =>
            {
                Assert.True(IPAddress.IsLoopback(r.Peer!), $"from {r.Peer}");
                Assert.Equal(200, r.Status);
                Assert.Equal("application/graphql-response+json; charset=utf-8", r.ContentType);
            });
            // Its credential ended with it.
            var secret = Assert.Single(requests.Requests.Select(r => r.ApiKey).Distinct());
            using var late = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent("{\"query\":\"{ __typename }\"}", System.Text.Encoding.UTF8, "application/json"),
                Headers = { { "X-Api-Key", secret } },
            };
            using var refused = await http.SendAsync(late);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Contains("UNAUTHENTICATED", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

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
        var (api, http, gate, _) = Start();
        using (api)
        using (http)
        {
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

    [Fact]
    public async Task OnAServerWithoutALoopbackAddressTheWarmUpIsSkippedAndReadinessFollows()
    {
        using var api = new ApiFactory { Settings = new Dictionary<string, string> { ["Warmup:Enabled"] = "true" } }; // the in-memory test server
        using var http = api.CreateClient();

        await WaitUntilReadyAsync(http);

        Assert.Contains(api.Logs.Lines, l => l.Contains("Warm-up skipped: the server listens on no address this process can reach over loopback", StringComparison.Ordinal));
    }

    /// <summary>The API on Kestrel (the warm-up connects to its own listener), its warm-up held by the gate.</summary>
    private static (ApiFactory Api, HttpClient Http, WarmupGate Gate, GraphQLRequestLog Requests) Start()
    {
        var gate = new WarmupGate();
        var requests = new GraphQLRequestLog();
        var api = new ApiFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["Warmup:Enabled"] = "true",
                ["Warmup:MinRounds"] = "3", // the test checks that it runs and what it touches, not how warm it gets
                ["Warmup:QuietPeriod"] = "00:00:00.2", // other tests JIT in this process too
                ["Warmup:MaxDuration"] = "00:00:30",
                ["RateLimiting:Enabled"] = "true", // the warm-up draws on no rate: a bucket of 1 would refuse it otherwise
                ["RateLimiting:Burst"] = "1",
                ["RateLimiting:PermitsPerSecond"] = "1",
            },
            TestServices = s => s.AddSingleton<IInterceptor>(gate).AddSingleton<IStartupFilter>(requests),
        };
        api.UseKestrel(0);
        api.StartServer();
        var address = api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (api, new HttpClient { BaseAddress = new Uri(address) }, gate, requests);
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

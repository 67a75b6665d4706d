using System.Net;
using System.Text;
using BackOffice.Api.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using static BackOffice.Api.Tests.Support.GraphQLWebSocketClient;

namespace BackOffice.Api.Tests.Security;

/// <summary>
/// One bucket per key whatever the transport; a key the server does not know is charged to its client address, and
/// that address is the peer's own unless a trusted proxy forwarded it. Buckets refill at 1 per second here, so every
/// assertion leaves room for one refill.
/// </summary>
public sealed class RateLimitingTests
{
    [Fact]
    public async Task OperationsOverASocketBeyondTheKeysRateAreAnsweredRateLimitedAndTheSocketStaysOpen()
    {
        using var api = Limited(burst: 3);
        await using var client = await ConnectAndInitAsync(api);
        var outcomes = await RunAsync(client, operations: 6);

        Assert.Equal("ok", outcomes[0]);
        Assert.True(outcomes.Count(o => o == "RATE_LIMITED") >= 2, string.Join(", ", outcomes));
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await client.ReceiveAsync())?["type"]?.GetValue<string>());
    }

    [Fact]
    public async Task TheRateLimitedErrorSaysWhenToRetry()
    {
        using var api = Limited(burst: 1);
        await using var client = await ConnectAndInitAsync(api);
        await client.SubscribeAsync("a", "{ __typename }");
        await client.SubscribeAsync("b", "{ __typename }");
        await client.SubscribeAsync("c", "{ __typename }");
        var error = await NextErrorAsync(client);

        Assert.Equal("RATE_LIMITED", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.True(error["payload"]![0]!["extensions"]!["retryAfter"]!.GetValue<int>() >= 1);
        Assert.StartsWith("Too many requests for this API key; retry after", error["payload"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKeyThatSpentItsBucketOverHttpIsLimitedOnItsSocket()
    {
        using var api = Limited(burst: 3);
        var http = api.Client();
        for (var i = 0; i < 10 && (await http.PostAsync("{ __typename }")).Status != HttpStatusCode.TooManyRequests; i++)
        {
        }

        await using var client = await ConnectAndInitAsync(api);
        var outcomes = await RunAsync(client, operations: 3);

        Assert.Contains("RATE_LIMITED", outcomes);
    }

    [Fact]
    public async Task AKeyThatSpentItsBucketOnItsSocketIsLimitedOverHttp()
    {
        using var api = Limited(burst: 3);
        await using var client = await ConnectAndInitAsync(api);
        var outcomes = await RunAsync(client, operations: 5);
        Assert.Contains("RATE_LIMITED", outcomes);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await api.Client().PostAsync("{ __typename }")).Status);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    [Fact]
    public async Task ManyMadeUpKeysFromOneAddressEndIn429()
    {
        using var api = Limited(burst: 5);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++)
        {
            statuses.Add((await api.Client($"made-up-key-{i}").PostAsync("{ __typename }")).Status);
        }

        Assert.True(statuses.Count(s => s == HttpStatusCode.Unauthorized) <= 10, string.Join(", ", statuses));
        Assert.True(statuses.Count(s => s == HttpStatusCode.TooManyRequests) >= 20, string.Join(", ", statuses));
    }

    [Fact]
    public async Task ARepeatedMadeUpKeyIsLookedUpInTheDatabaseOnce()
    {
        using var api = new ApiFactory();
        var client = api.Client("made-up-key");
        var before = KeyLookups(api); // the server has started: Client() made it
        for (var i = 0; i < 10; i++)
        {
            var response = await client.PostAsync("{ __typename }");
            Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (response.Status, response.FirstErrorCode));
        }

        Assert.Equal(before + 1, KeyLookups(api));
    }

    [Theory]
    [InlineData("203.0.113.7", false)] // a client on the internet
    [InlineData("10.0.3.4", true)] // the proxy on the compose network
    [InlineData("127.0.0.1", true)]
    public async Task XForwardedForIsHonouredOnlyFromATrustedProxy(string peer, bool honoured)
    {
        using var api = Limited(burst: 2, new() { ["ForwardedHeaders:Enabled"] = "true" });
        var statuses = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add(await PostFromAsync(api, peer, forwardedFor: $"198.51.100.{i + 1}"));
        }

        Assert.Equal(honoured, !statuses.Contains(StatusCodes.Status429TooManyRequests));
    }

    [Fact]
    public async Task AConfiguredProxyNetworkReplacesThePrivateRanges()
    {
        using var api = Limited(burst: 2, new() { ["ForwardedHeaders:Enabled"] = "true", ["ForwardedHeaders:KnownNetworks:0"] = "203.0.113.0/24" });
        var fromConfigured = new List<int>();
        var fromPrivate = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            fromConfigured.Add(await PostFromAsync(api, "203.0.113.7", forwardedFor: $"198.51.100.{i + 1}"));
            fromPrivate.Add(await PostFromAsync(api, "10.0.3.4", forwardedFor: $"198.51.100.{i + 101}"));
        }

        Assert.DoesNotContain(StatusCodes.Status429TooManyRequests, fromConfigured);
        Assert.Contains(StatusCodes.Status429TooManyRequests, fromPrivate);
    }

    [Fact]
    public async Task ExportsDrawFromTheKeysBucketAndAreRefusedInGraphQLsShape()
    {
        using var api = Limited(burst: 2);
        var http = api.CreateClient();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 10 && limited is null; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/export/orders.csv?where=" + Uri.EscapeDataString("""{"orderId":{"eq":"none"}}"""));
            request.Headers.Add("X-Api-Key", "demo-reader-key");
            var response = await http.SendAsync(request);
            limited = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.NotNull(limited);
        Assert.NotNull(limited.Headers.RetryAfter);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await limited.Content.ReadAsStringAsync())!;
        Assert.Equal("RATE_LIMITED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private static ApiFactory Limited(int burst, Dictionary<string, string>? more = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:Burst"] = burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:PermitsPerSecond"] = "1",
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return new ApiFactory { Settings = settings };
    }

    /// <summary>Sends that many queries at once; for each, "ok" when it completed, else its error code.</summary>
    private static async Task<List<string>> RunAsync(GraphQLWebSocketClient client, int operations)
    {
        for (var i = 0; i < operations; i++)
        {
            await client.SubscribeAsync($"q{i}", "{ __typename }");
        }

        var outcomes = new string?[operations];
        while (outcomes.Any(o => o is null) && await client.ReceiveAsync() is { } message)
        {
            var index = int.Parse(message["id"]!.GetValue<string>()[1..], System.Globalization.CultureInfo.InvariantCulture);
            outcomes[index] = message["type"]!.GetValue<string>() switch
            {
                "complete" => "ok",
                "error" => message["payload"]![0]!["extensions"]!["code"]!.GetValue<string>(),
                _ => outcomes[index],
            };
        }

        Assert.All(outcomes, Assert.NotNull);
        return outcomes.Select(o => o!).ToList();
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> NextErrorAsync(GraphQLWebSocketClient client)
    {
        while (await client.ReceiveAsync() is { } message)
        {
            if (message["type"]!.GetValue<string>() == "error")
            {
                return message;
            }
        }

        throw new Xunit.Sdk.XunitException("no error message came");
    }

    private static int KeyLookups(ApiFactory api) => api.Commands.Containing("\"ApiKeys\"");

    /// <summary>A keyless POST as if from <paramref name="peer"/>; the status code.</summary>
    private static async Task<int> PostFromAsync(ApiFactory api, string peer, string forwardedFor)
    {
        var context = await api.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse(peer);
            c.Request.Method = "POST";
            c.Request.Path = "/graphql";
            c.Request.ContentType = "application/json";
            c.Request.Headers["X-Forwarded-For"] = forwardedFor;
            c.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\"}"));
        });
        return context.Response.StatusCode;
    }
}

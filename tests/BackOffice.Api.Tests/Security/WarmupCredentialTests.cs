using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BackOffice.Api.Security;
using BackOffice.Api.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Api.Tests.Security;

/// <summary>
/// The credential a fresh instance warms itself up with reads its merchant's data over GraphQL over HTTP, only from a direct
/// loopback connection and only until revoked; anywhere else it is an unknown key.
/// </summary>
public sealed class WarmupCredentialTests
{
    private const string Query = "{ orders(first: 2) { nodes { orderId } } }";

    [Fact]
    public async Task FromLoopbackItReadsBeyondAnyRateLimitAndOnceRevokedItIsAnUnknownKey()
    {
        using var api = new ApiFactory { Settings = new Dictionary<string, string> { ["RateLimiting:Enabled"] = "true", ["RateLimiting:Burst"] = "1", ["RateLimiting:PermitsPerSecond"] = "1" } };
        var credential = Issue(api);

        for (var i = 0; i < 5; i++)
        {
            var (status, body) = await PostAsync(api, credential.Secret, "127.0.0.1");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(2, body["data"]!["orders"]!["nodes"]!.AsArray().Count);
        }

        credential.Dispose();
        var (after, refusal) = await PostAsync(api, credential.Secret, "127.0.0.1");
        Assert.Equal(HttpStatusCode.Unauthorized, after);
        Assert.Equal("UNAUTHENTICATED", refusal["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("203.0.113.7", null)] // another machine
    [InlineData("127.0.0.1", "203.0.113.7")] // a proxy on this machine passing a client's request on
    [InlineData("::1", "127.0.0.1")]
    public async Task FromAnywhereButADirectLoopbackConnectionItIsAnUnknownKey(string peer, string? forwardedFor)
    {
        using var api = new ApiFactory();
        using var credential = Issue(api);

        var (status, body) = await PostAsync(api, credential.Secret, peer, forwardedFor);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("UNAUTHENTICATED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnotherSecretIsAnUnknownKeyEvenFromLoopback()
    {
        using var api = new ApiFactory();
        using var credential = Issue(api);
        var forged = string.Concat(credential.Secret.AsSpan(0, credential.Secret.Length - 1), credential.Secret[^1] == '0' ? "1" : "0");

        var (status, body) = await PostAsync(api, forged, "127.0.0.1");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("UNAUTHENTICATED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ItIsNoApiKeyForTheRestDoorOrTheExportEvenFromLoopback()
    {
        using var api = new ApiFactory();
        using var credential = Issue(api);

        foreach (var path in new[] { "/api/v1/operations", "/export/orders.csv" })
        {
            var context = await api.Server.SendAsync(c =>
            {
                c.Connection.RemoteIpAddress = IPAddress.Loopback;
                c.Request.Method = "GET";
                c.Request.Path = path;
                c.Request.Headers[ApiKeyAuthenticator.Header] = credential.Secret;
            });
            Assert.Equal(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
        }
    }

    [Fact]
    public async Task ItIsNoApiKeyForASocket()
    {
        using var api = new ApiFactory();
        using var credential = Issue(api);

        await using var client = await GraphQLWebSocketClient.ConnectAsync(api);
        await client.SendAsync(new { type = "connection_init", payload = new { X_Api_Key = credential.Secret } });

        Assert.Equal(4403, (await client.ClosedAsync()).Code); // as a bad key is
    }

    [Fact]
    public void EachCredentialIsAFreshSecretOf32RandomBytes()
    {
        using var api = new ApiFactory();
        using var first = Issue(api);
        using var second = Issue(api);

        Assert.NotEqual(first.Secret, second.Secret);
        Assert.Equal(64, first.Secret.Length); // 32 bytes, in hex
    }

    private static WarmupCredential Issue(ApiFactory api) =>
        api.Services.GetRequiredService<ApiKeyAuthenticator>().IssueWarmupCredential("demo", TimeSpan.FromMinutes(1));

    private static async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(ApiFactory api, string key, string peer, string? forwardedFor = null)
    {
        var context = await api.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse(peer);
            c.Request.Method = "POST";
            c.Request.Path = "/graphql";
            c.Request.ContentType = "application/json";
            c.Request.Headers[ApiKeyAuthenticator.Header] = key;
            if (forwardedFor is not null)
            {
                c.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }

            c.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { query = Query })));
        });
        using var reader = new StreamReader(context.Response.Body);
        return ((HttpStatusCode)context.Response.StatusCode, JsonNode.Parse(await reader.ReadToEndAsync())!);
    }
}

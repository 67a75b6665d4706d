using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BackOffice.Api.Portal;
using BackOffice.Api.Tests.Support;
using BackOffice.Api.Transport.Subscriptions;
using BackOffice.Api.TrustedDocuments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static BackOffice.Api.Tests.Support.GraphQLWebSocketClient;

namespace BackOffice.Api.Tests.TrustedDocuments;

/// <summary>
/// Stored documents, as each kind of client asks for them: Apollo's automatic persisted queries (miss, registration,
/// hash-only GET), HotChocolate's <c>id</c>, GraphQL.NET's <c>documentId</c>, over HTTP and the socket; and a
/// persisted-only key, which runs the trusted directory's documents and nothing else.
/// </summary>
public sealed class PersistedDocumentTests(PersistedDocumentTests.Fixture fixture) : IClassFixture<PersistedDocumentTests.Fixture>
{
    /// <summary>The trusted document the fixture's directory ships.</summary>
    public const string Trusted = "query DashboardOrders { orders(first: 2) { totalCount nodes { orderId } } }";

    public sealed class Fixture : IDisposable
    {
        public Fixture()
        {
            Directory.CreateDirectory(Documents);
            File.WriteAllText(Path.Combine(Documents, $"{Sha256(Trusted)}.graphql"), Trusted);
            Api = new ApiFactory
            {
                Settings = new Dictionary<string, string>
                {
                    ["GraphQL:Documents:Directory"] = Documents,
                    ["GraphQL:Documents:MaxRegisteredPerMerchant"] = "3",
                },
            };
        }

        public string Documents { get; } = Path.Combine(Path.GetTempPath(), $"backoffice-documents-{Guid.NewGuid():N}");

        public ApiFactory Api { get; }

        public void Dispose()
        {
            Api.Dispose();
            Directory.Delete(Documents, recursive: true);
        }
    }

    private ApiFactory Api => fixture.Api;

    [Fact]
    public async Task AnUnknownHashIsNotFoundThenTheQueryWithItsHashRegistersItAndAHashOnlyGetRunsIt()
    {
        const string query = "{ orders(first: 1, order: [{ amount: DESC }]) { nodes { orderId amount } } }";
        var client = Api.Client();

        var miss = await GetAsync(client, Extensions(Sha256(query)));
        Assert.Equal("PersistedQueryNotFound", miss.Errors?[0]?["message"]?.GetValue<string>());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", miss.FirstErrorCode);
        Assert.True(miss.Headers.CacheControl?.NoStore, "a cache in front must not keep the miss");

        var registration = (await PostAsync(client, new { query, extensions = Extensions(Sha256(query)) })).EnsureNoErrors();
        var hit = (await GetAsync(client, Extensions(Sha256(query)))).EnsureNoErrors();

        Assert.Equal(HttpStatusCode.OK, hit.Status);
        Assert.Equal(registration.Data!.ToJsonString(), hit.Data!.ToJsonString());
        await using var db = Api.Db();
        Assert.Equal(query, (await db.RegisteredDocuments.SingleAsync(d => d.Hash == Sha256(query))).Text);
    }

    [Fact]
    public async Task AHashThatIsNotTheQuerysIsRefusedAndNothingIsRegistered()
    {
        const string query = "{ orders(first: 1) { totalCount } }";
        var wrong = Sha256(query + " ");

        var response = await PostAsync(Api.Client(), new { query, extensions = Extensions(wrong) });

        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", response.FirstErrorCode);
        Assert.Contains(Sha256(query), response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        await using var db = Api.Db();
        Assert.False(await db.RegisteredDocuments.AnyAsync(d => d.Hash == wrong || d.Hash == Sha256(query)));
    }

    [Fact]
    public async Task ADocumentThatDoesNotValidateIsNotRegistered()
    {
        const string query = "{ orders(first: 1) { noSuchField } }";

        var response = await PostAsync(Api.Client(), new { query, extensions = Extensions(Sha256(query)) });

        Assert.Equal("FIELDS_ON_CORRECT_TYPE", response.FirstErrorCode);
        await using var db = Api.Db();
        Assert.False(await db.RegisteredDocuments.AnyAsync(d => d.Hash == Sha256(query)));
    }

    [Fact]
    public async Task HotChocolatesIdAndGraphQLNetsDocumentIdRunATrustedDocument()
    {
        var client = Api.Client();
        var expected = (await client.PostAsync(Trusted)).EnsureNoErrors().Data!.ToJsonString();

        var byId = (await PostAsync(client, new { id = Sha256(Trusted) })).EnsureNoErrors();
        var byDocumentId = (await PostAsync(client, new { documentId = $"sha256:{Sha256(Trusted)}", operationName = "DashboardOrders" })).EnsureNoErrors();
        var byGet = (await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql?documentId={Sha256(Trusted)}"))).EnsureNoErrors();

        Assert.All(new[] { byId, byDocumentId, byGet }, r => Assert.Equal(expected, r.Data!.ToJsonString()));
    }

    [Theory]
    [InlineData("{\"id\":\"0000000000000000000000000000000000000000000000000000000000000000\"}", "PERSISTED_QUERY_NOT_FOUND")]
    [InlineData("{\"documentId\":\"md5:0cc175b9c0f1b6a831c399e269772661\"}", "INVALID_PERSISTED_QUERY")]
    [InlineData("{\"id\":\"abc\",\"query\":\"{ __typename }\"}", "INVALID_REQUEST")]
    [InlineData("{\"extensions\":{\"persistedQuery\":{\"version\":2,\"sha256Hash\":\"0000000000000000000000000000000000000000000000000000000000000000\"}}}", "INVALID_PERSISTED_QUERY")]
    [InlineData("{\"extensions\":{\"persistedQuery\":{\"version\":1}}}", "INVALID_PERSISTED_QUERY")]
    public async Task ABadOrUnknownDocumentReferenceGetsAClearError(string body, string code)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        var response = await Api.Client().SendAsync(request, accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(code, response.FirstErrorCode);
    }

    [Fact]
    public async Task APersistedOnlyKeyRefusesAnAdHocDocumentAndRunsATrustedOne()
    {
        const string adHoc = "{ orders(first: 100) { nodes { orderId customerId } } }";
        var dashboard = Api.Client("demo-dashboard-key");

        var plain = await dashboard.PostAsync(adHoc);
        var registration = await PostAsync(dashboard, new { query = adHoc, extensions = Extensions(Sha256(adHoc)) });
        var byHash = (await GetAsync(dashboard, Extensions(Sha256(Trusted)))).EnsureNoErrors();
        var byText = (await dashboard.PostAsync(Trusted)).EnsureNoErrors();

        Assert.Equal("PERSISTED_QUERY_ONLY", plain.FirstErrorCode);
        Assert.Equal("PERSISTED_QUERY_ONLY", registration.FirstErrorCode);
        Assert.Equal(2, byHash.Data!["orders"]!["nodes"]!.AsArray().Count);
        Assert.Equal(byHash.Data.ToJsonString(), byText.Data!.ToJsonString());
        await using var db = Api.Db();
        Assert.False(await db.RegisteredDocuments.AnyAsync(d => d.Hash == Sha256(adHoc)));
    }

    [Fact]
    public async Task APersistedOnlyKeyDoesNotRunDocumentsOtherKeysRegistered()
    {
        const string query = "{ orders(first: 3) { nodes { orderId customerId } } }";
        (await PostAsync(Api.Client("demo-operator-key"), new { query, extensions = Extensions(Sha256(query)) })).EnsureNoErrors();

        var response = await GetAsync(Api.Client("demo-dashboard-key"), Extensions(Sha256(query)));

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", response.FirstErrorCode);
    }

    [Fact]
    public async Task ARegisteredDocumentIsItsMerchantsOwn()
    {
        const string query = "{ orders(first: 4) { nodes { orderId } } }";
        (await PostAsync(Api.Client("demo-reader-key"), new { query, extensions = Extensions(Sha256(query)) })).EnsureNoErrors();

        var response = await GetAsync(Api.Client("other-operator-key"), Extensions(Sha256(query)));

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", response.FirstErrorCode);
    }

    [Fact]
    public async Task RegistrationsBeyondTheCapEvictTheMerchantsOldest()
    {
        var client = Api.Client("other-operator-key");
        var queries = Enumerable.Range(1, 5).Select(n => $"{{ orders(first: {n}) {{ nodes {{ orderId status }} }} }}").ToList();
        foreach (var query in queries)
        {
            (await PostAsync(client, new { query, extensions = Extensions(Sha256(query)) })).EnsureNoErrors();
            Api.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        await using var db = Api.Db("other");
        var kept = await db.RegisteredDocuments.Select(d => d.Text).ToListAsync();
        Assert.Equal(queries[2..], kept.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task OverTheSocketAHashRunsAStoredDocumentAndAPersistedOnlyKeyRefusesAnAdHocOne()
    {
        await using var reader = await ConnectAndInitAsync(Api);
        await reader.SendAsync(new { id = "1", type = "subscribe", payload = new { extensions = Extensions(Sha256(Trusted)) } });
        var next = await reader.ReceiveAsync();
        Assert.Equal("next", next?["type"]?.GetValue<string>());
        Assert.Equal(2, next?["payload"]?["data"]?["orders"]?["nodes"]?.AsArray().Count);

        await using var dashboard = await ConnectAndInitAsync(Api, "demo-dashboard-key");
        await dashboard.SubscribeAsync("2", "{ orders(first: 1) { nodes { orderId } } }");
        var refused = await dashboard.ReceiveAsync();
        await dashboard.SendAsync(new { id = "3", type = "subscribe", payload = new { id = Sha256(Trusted) } });
        var trusted = await dashboard.ReceiveAsync();

        Assert.Equal("error", refused?["type"]?.GetValue<string>());
        Assert.Equal("PERSISTED_QUERY_ONLY", refused?["payload"]?[0]?["extensions"]?["code"]?.GetValue<string>());
        Assert.Equal("next", trusted?["type"]?.GetValue<string>());
        Assert.Equal("3", trusted?["id"]?.GetValue<string>());
    }

    [Fact]
    public async Task OverTheLegacySocketProtocolAPersistedOnlyKeyRunsATrustedDocumentByIdAndNothingElse()
    {
        await using var legacy = await ConnectAsync(Api, "graphql-ws");
        await legacy.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["X-Api-Key"] = "demo-dashboard-key" } });
        Assert.Equal("connection_ack", (await legacy.ReceiveAsync())?["type"]?.GetValue<string>());

        await legacy.SendAsync(new { id = "adhoc", type = "start", payload = new { query = "{ orders(first: 1) { nodes { orderId } } }" } });
        var refused = await NextOtherThanKaAsync(legacy);
        await legacy.SendAsync(new { id = "trusted", type = "start", payload = new { id = Sha256(Trusted) } });
        var data = await NextOtherThanKaAsync(legacy);

        Assert.Equal(("error", "adhoc"), (refused?["type"]?.GetValue<string>(), refused?["id"]?.GetValue<string>()));
        Assert.Contains("PERSISTED_QUERY_ONLY", refused!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(("data", "trusted"), (data?["type"]?.GetValue<string>(), data?["id"]?.GetValue<string>()));
        Assert.Equal(2, data!["payload"]!["data"]!["orders"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task ASubscriptionRegisteredOverTheSocketRunsByItsHashAlone()
    {
        const string subscription = "subscription { operationStatusChanged(orderId: \"D0000001\") { eventId } }";
        var before = Api.Services.GetRequiredService<SubscriptionAudiences>().ListeningMembers;
        await using var byText = await ConnectAndInitAsync(Api);
        await byText.SubscribeAsync("1", subscription, null);
        await byText.ReceiveAsync(TimeSpan.FromMilliseconds(300));
        await using var byHash = await ConnectAndInitAsync(Api);
        await byHash.SendAsync(new { id = "1", type = "subscribe", payload = new { query = subscription, extensions = Extensions(Sha256(subscription)) } });
        await Api.WaitForSubscribersAsync(before + 2);
        await WaitForRegistrationAsync(Sha256(subscription)); // the joining subscriber registers it once it listens

        await using var hashOnly = await ConnectAndInitAsync(Api);
        await hashOnly.SendAsync(new { id = "1", type = "subscribe", payload = new { extensions = Extensions(Sha256(subscription)) } });

        await Api.WaitForSubscribersAsync(before + 3);
    }

    [Fact]
    public async Task OverSseATrustedDocumentRunsByItsIdAndASubscriptionRegisteredByItsHashRunsByItsHashAlone()
    {
        await using (var query = await EventStreamClient.OpenAsync(Api.CreateClient(), "demo-reader-key", "", body: $$"""{"id":"{{Sha256(Trusted)}}"}"""))
        {
            var events = await query.ReadToEndAsync();
            Assert.Equal(["next", "complete"], events.Select(e => e.Event));
            Assert.Equal(2, events[0].Json["data"]!["orders"]!["nodes"]!.AsArray().Count);
        }

        const string subscription = "subscription { orderUpdated(orderId: \"SSE-HASH\") { orderId } }";
        var hash = Sha256(subscription);
        var before = Api.Services.GetRequiredService<SubscriptionAudiences>().ListeningMembers;
        await using var byText = await EventStreamClient.OpenAsync(Api.CreateClient(), "demo-reader-key", "",
            body: JsonSerializer.Serialize(new { query = subscription, extensions = Extensions(hash) }));
        await Api.WaitForSubscribersAsync(before + 1);
        await WaitForRegistrationAsync(hash);

        await using var hashOnly = await EventStreamClient.OpenAsync(Api.CreateClient(), "demo-reader-key", "",
            body: JsonSerializer.Serialize(new { extensions = Extensions(hash) }));

        await Api.WaitForSubscribersAsync(before + 2); // joined the same audience by the text its hash names
    }

    [Fact]
    public void ATrustedDocumentNotNamedByTheHashOfItsTextStopsTheStart()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"backoffice-documents-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllText(Path.Combine(directory, $"{Sha256("{ a }")}.graphql"), "{ b }");
            var options = Options.Create(new DocumentStoreOptions { Directory = directory });

            var error = Assert.Throws<InvalidOperationException>(() =>
                new TrustedDocumentDirectory(options, Options.Create(new PortalOptions()), NullLogger<TrustedDocumentDirectory>.Instance));

            Assert.Contains($"{Sha256("{ b }")}.graphql", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void ThePortalsDocumentsAreTrustedWithoutASettingAlongsideTheConfiguredDirectorys()
    {
        var configured = Path.Combine(Path.GetTempPath(), $"backoffice-documents-{Guid.NewGuid():N}");
        var portal = Path.Combine(Path.GetTempPath(), $"backoffice-portal-{Guid.NewGuid():N}");
        Directory.CreateDirectory(configured);
        Directory.CreateDirectory(Path.Combine(portal, TrustedDocumentDirectory.PortalFolder));
        const string portalDocument = "query Viewer { viewer { keyName } }";
        try
        {
            File.WriteAllText(Path.Combine(configured, $"{Sha256(Trusted)}.graphql"), Trusted);
            File.WriteAllText(Path.Combine(portal, TrustedDocumentDirectory.PortalFolder, $"{Sha256(portalDocument)}.graphql"), portalDocument);
            TrustedDocumentDirectory Load(string? directory, bool portalEnabled) => new(
                Options.Create(new DocumentStoreOptions { Directory = directory }),
                Options.Create(new PortalOptions { Folder = portal, Enabled = portalEnabled }),
                NullLogger<TrustedDocumentDirectory>.Instance);

            var both = Load(configured, portalEnabled: true);
            var portalOnly = Load(null, portalEnabled: true);
            var noPortal = Load(configured, portalEnabled: false);

            Assert.Equal(portalDocument, both.Find(Sha256(portalDocument)));
            Assert.Equal(Trusted, both.Find(Sha256(Trusted)));
            Assert.Equal(portalDocument, portalOnly.Find(Sha256(portalDocument)));
            Assert.Null(portalOnly.Find(Sha256(Trusted)));
            Assert.Null(noPortal.Find(Sha256(portalDocument))); // an API that does not serve the portal does not run its documents
        }
        finally
        {
            Directory.Delete(configured, recursive: true);
            Directory.Delete(portal, recursive: true);
        }
    }

    private static async Task<System.Text.Json.Nodes.JsonNode?> NextOtherThanKaAsync(GraphQLWebSocketClient client)
    {
        var message = await client.ReceiveAsync();
        while (message?["type"]?.GetValue<string>() == "ka")
        {
            message = await client.ReceiveAsync();
        }

        return message;
    }

    private async Task WaitForRegistrationAsync(string hash)
    {
        for (var i = 0; i < 100; i++)
        {
            await using var db = Api.Db();
            if (await db.RegisteredDocuments.AnyAsync(d => d.Hash == hash))
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"{hash} was not registered");
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static object Extensions(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static Task<GraphQLClient.GraphQLResponse> PostAsync(GraphQLClient client, object body) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) });

    /// <summary>What Apollo's link sends with <c>useGETForHashedQueries</c>: no query, only the extensions.</summary>
    private static Task<GraphQLClient.GraphQLResponse> GetAsync(GraphQLClient client, object extensions) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql?extensions={Uri.EscapeDataString(JsonSerializer.Serialize(extensions))}"));
}

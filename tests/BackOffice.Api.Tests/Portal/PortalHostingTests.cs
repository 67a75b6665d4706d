using System.Net;
using BackOffice.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BackOffice.Api.Tests.Portal;

/// <summary>
/// The merchant portal on <c>/</c>: its files, its client routes answered with its page, the API's own paths untouched,
/// a switch to turn it off, and a page that says how to get it when the build had no npm. A folder of stand-in files keeps
/// these tests independent of the portal's npm build.
/// </summary>
public sealed class PortalHostingTests : IDisposable
{
    private const string Marker = "<div id=\"root\" data-test=\"portal\"></div>";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"backoffice-portal-{Guid.NewGuid():N}");

    public PortalHostingTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "assets"));
        File.WriteAllText(Path.Combine(_folder, "index.html"), $"<!doctype html><html><body>{Marker}</body></html>");
        File.WriteAllText(Path.Combine(_folder, "assets", "index-abc123.js"), "console.log('portal');");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ApiFactory Api(string? enabled = null, string? folder = null) => new()
    {
        Settings = new Dictionary<string, string>
        {
            ["GraphQL:Portal:Folder"] = folder ?? _folder,
            ["GraphQL:Portal:Enabled"] = enabled ?? "true",
        },
    };

    private static async Task<HttpResponseMessage> BrowserGetAsync(ApiFactory api, string path)
    {
        var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/orders")]
    [InlineData("/orders/D000001?status=CAPTURED")]
    [InlineData("/contracts")]
    public async Task TheRootAndThePortalsClientRoutesAnswerItsPage(string path)
    {
        using var api = Api();
        using var response = await BrowserGetAsync(api, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(Marker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HashedAssetsAreServedAndCachedForGood()
    {
        using var api = Api();
        using var response = await api.CreateClient().GetAsync("/assets/index-abc123.js");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        using var missing = await api.CreateClient().GetAsync("/assets/nothing.js");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task TheApisOwnPathsKeepTheirMeaning()
    {
        using var api = Api();
        using var ide = await BrowserGetAsync(api, "/graphql");
        Assert.Equal(HttpStatusCode.MovedPermanently, ide.StatusCode);
        using var rest = await BrowserGetAsync(api, "/api/v1/no-such-thing");
        Assert.Equal(HttpStatusCode.Unauthorized, rest.StatusCode);
        Assert.Equal("application/json", rest.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(Marker, await rest.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var health = await api.CreateClient().GetAsync("/health/live");
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        var query = await api.Client().PostAsync("{ orders(first: 1) { totalCount } }");
        query.EnsureNoErrors();
    }

    [Fact]
    public async Task AProgramAskingForAnUnknownPathGets404NotThePortal()
    {
        using var api = Api();
        using var response = await api.CreateClient().GetAsync("/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ThePortalCanBeSwitchedOff()
    {
        using var api = Api(enabled: "false");
        using var root = await BrowserGetAsync(api, "/");
        Assert.Equal(HttpStatusCode.NotFound, root.StatusCode);
        using var route = await BrowserGetAsync(api, "/orders");
        Assert.Equal(HttpStatusCode.NotFound, route.StatusCode);
    }

    [Fact]
    public async Task WithoutItsFilesTheRootSaysHowToGetThePortal()
    {
        using var api = Api(folder: Path.Combine(_folder, "missing"));
        using var root = await BrowserGetAsync(api, "/");
        Assert.Equal(HttpStatusCode.OK, root.StatusCode);
        var page = await root.Content.ReadAsStringAsync();
        Assert.Contains("npm run build", page, StringComparison.Ordinal);
        Assert.Contains("/graphql", page, StringComparison.Ordinal);
    }
}

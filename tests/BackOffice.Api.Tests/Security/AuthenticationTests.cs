using System.Net;
using BackOffice.Api.Tests.Support;

namespace BackOffice.Api.Tests.Security;

[Collection(DemoDataCollection.Name)]
public sealed class AuthenticationTests(ApiFactory api)
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-key")]
    public async Task ARequestWithoutAValidKeyIs401(string? key)
    {
        var response = await api.Client(key).PostAsync("{ orders { totalCount } }");
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task AReadKeyCanQuery()
    {
        var response = await api.Client("demo-reader-key").PostAsync("{ orders(first: 1) { totalCount } }");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        response.EnsureNoErrors();
    }
}

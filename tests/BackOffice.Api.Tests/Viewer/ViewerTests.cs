using BackOffice.Api.Tests.Support;
using BackOffice.Infrastructure.Seeding;

namespace BackOffice.Api.Tests.Viewer;

[Collection(DemoDataCollection.Name)]
public sealed class ViewerTests(ApiFactory api)
{
    [Theory]
    [InlineData(DemoKeys.DemoReader, "demo", "Demo Shop", "demo reader", "READ")]
    [InlineData(DemoKeys.DemoOperator, "demo", "Demo Shop", "demo operator", "OPERATE")]
    [InlineData(DemoKeys.OtherOperator, "other", "Other Store", "other operator", "OPERATE")]
    public async Task TheViewerIsTheKeysMerchantAndRole(string key, string merchantId, string merchantName, string keyName, string role)
    {
        var viewer = (await api.Client(key).PostAsync("{ viewer { merchantId merchantName keyName role } }"))
            .EnsureNoErrors().Data!["viewer"]!;

        Assert.Equal(merchantId, viewer["merchantId"]!.GetValue<string>());
        Assert.Equal(merchantName, viewer["merchantName"]!.GetValue<string>());
        Assert.Equal(keyName, viewer["keyName"]!.GetValue<string>());
        Assert.Equal(role, viewer["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task WithoutAKeyThereIsNoViewer()
    {
        var response = await api.Client(apiKey: null).PostAsync("{ viewer { merchantId } }");
        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
    }
}

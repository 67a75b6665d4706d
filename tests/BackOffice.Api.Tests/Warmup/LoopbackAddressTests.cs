using BackOffice.Api.Warmup;

namespace BackOffice.Api.Tests.Warmup;

/// <summary>Where the warm-up connects for each way a server may listen: loopback, or nowhere.</summary>
public sealed class LoopbackAddressTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/")]
    [InlineData("http://[::1]:5000", "http://[::1]:5000/")]
    [InlineData("http://localhost:5000", "http://localhost:5000/")]
    [InlineData("http://[::]:8080", "http://127.0.0.1:8080/")] // the image's http://+:8080, as Kestrel reports it
    [InlineData("http://+:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://*:8080", "http://127.0.0.1:8080/")]
    [InlineData("https://0.0.0.0:8443", "https://127.0.0.1:8443/")]
    public void AnAddressThisMachineReachesOverLoopbackIsUsed(string listening, string expected) =>
        Assert.Equal(new Uri(expected), LoopbackAddress.Of(listening));

    [Theory]
    [InlineData("http://10.1.2.3:8080")] // a connection to it comes from that address, not loopback
    [InlineData("http://unix:/run/backoffice.sock")]
    [InlineData("http://pipe:/backoffice")]
    [InlineData("not an address")]
    public void AnyOtherAddressIsNotUsed(string listening) =>
        Assert.Null(LoopbackAddress.Of(listening));
}

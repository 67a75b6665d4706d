using BackOffice.Api.Telemetry;
using BackOffice.Api.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace BackOffice.Api.Tests.Telemetry;

[Collection(TelemetryCollection.Name)]
public sealed class OtlpConfigurationTests
{
    [Fact]
    public async Task WithAnOtlpEndpointTheServerTracesAndStillAnswersWhenNoCollectorListens()
    {
        using var api = new ApiFactory { Settings = new Dictionary<string, string> { ["Telemetry:Otlp:Endpoint"] = "http://127.0.0.1:9" } };
        (await api.Client().PostAsync("{ viewer { merchantId } }")).EnsureNoErrors();
        Assert.NotNull(api.Services.GetService<TracerProvider>());
        Assert.True(api.Services.GetRequiredService<TelemetryOptions>().TracingEnabled);
    }

    [Theory]
    [InlineData("Telemetry:Otlp:Endpoint", "collector:4317", "not an absolute http(s) URI")]
    [InlineData("Telemetry:Otlp:Protocol", "http/json", "use 'grpc' or 'http/protobuf'")]
    public void ABadSettingStopsTheStartWithAClearMessage(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telemetry:Otlp:Endpoint"] = "http://collector:4317",
            [key] = value,
        }).Build();
        var error = Assert.Throws<InvalidOperationException>(() => TelemetryOptions.From(configuration));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingIsExportedOrServedUnlessConfigured()
    {
        var options = TelemetryOptions.From(new ConfigurationBuilder().Build());
        Assert.False(options.MetricsEnabled);
        Assert.False(options.TracingEnabled);
    }
}

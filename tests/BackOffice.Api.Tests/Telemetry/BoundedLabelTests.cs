using BackOffice.Api.Telemetry;

namespace BackOffice.Api.Tests.Telemetry;

public sealed class BoundedLabelTests
{
    [Fact]
    public void NamesBeyondTheCapacityAreOtherAndKnownNamesStayThemselves()
    {
        var label = new BoundedLabel(2);
        Assert.Equal(["Orders", "Refund", "other", "other", "Orders"], new[] { "Orders", "Refund", "Made1", "Made2", "Orders" }.Select(label.Of));
    }
}

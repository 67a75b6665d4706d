using System.Globalization;
using BackOffice.Api.Common.Scalars;

namespace BackOffice.Api.Tests.Execution;

/// <summary>A date time prints as ISO-8601 in UTC to the millisecond, whatever its year, kind or ticks below the millisecond.</summary>
public sealed class DateTimeScalarTests
{
    [Theory]
    [InlineData("2026-12-03T08:59:07.1234567Z", "2026-12-03T08:59:07.123Z")]
    [InlineData("0001-01-01T00:00:00.0000000Z", "0001-01-01T00:00:00.000Z")]
    [InlineData("0999-02-09T05:06:07.0050000Z", "0999-02-09T05:06:07.005Z")]
    [InlineData("9999-12-31T23:59:59.9999999Z", "9999-12-31T23:59:59.999Z")]
    public void PrintsUtcToTheMillisecond(string stored, string printed)
    {
        var time = DateTime.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

        Assert.Equal(printed, new DateTimeType().Serialize(time));
        Assert.Equal(printed, new DateTimeType().Serialize(DateTime.SpecifyKind(time, DateTimeKind.Unspecified)));
        if (time.Year is > 1 and < 9999)
        {
            Assert.Equal(printed, new DateTimeType().Serialize(new DateTimeOffset(time).ToOffset(TimeSpan.FromHours(2))));
        }

        Assert.Equal(time.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), DateTimeType.Print(time));
    }
}

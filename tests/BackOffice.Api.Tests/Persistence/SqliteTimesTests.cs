using System.Globalization;
using BackOffice.Api.Tests.Support;
using BackOffice.Infrastructure.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Tests.Persistence;

/// <summary>
/// Times are read from SQLite's text by its fixed layout (SqliteTimes), to the same value the general parse gives, and any
/// other text still by that parse.
/// </summary>
[Collection(DemoDataCollection.Name)]
public sealed class SqliteTimesTests(ApiFactory api)
{
    [Theory]
    [InlineData("2026-12-03 13:41:27.183")]
    [InlineData("2026-12-03 13:41:27")]
    [InlineData("2026-12-03 13:41:27.1")]
    [InlineData("2026-12-03 13:41:27.0000001")]
    [InlineData("2024-02-29 23:59:59.9999999")]
    [InlineData("0001-01-01 00:00:00")]
    [InlineData("9999-12-31 23:59:59.9999999")]
    public void TheLayoutEfCoreWritesReadsAsTheGeneralParseReadsIt(string text)
    {
        var read = SqliteTimes.Read(text);

        var parsed = DateTime.Parse(text, CultureInfo.InvariantCulture);
        Assert.Equal(parsed, read);
        Assert.Equal(parsed.Kind, read.Kind);
    }

    [Fact]
    public void EveryTickRoundTripsThroughEfCoresLayout()
    {
        var random = new Random(20261204);
        for (var i = 0; i < 10_000; i++)
        {
            var time = new DateTime(random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks));
            // Each length of fraction: whole seconds, milliseconds as stored here, and full ticks.
            time = (i % 3) switch { 0 => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond)), 1 => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerMillisecond)), _ => time };

            Assert.Equal(time, SqliteTimes.Read(time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)));
        }
    }

    [Theory]
    [InlineData("2026-12-03T13:41:27.183Z")]
    [InlineData("2026-12-03 13:41:27.18345678")]
    [InlineData("2026-12-03")]
    [InlineData("2026-12-03 13:41:27.")]
    [InlineData("3 Dec 2026 13:41")]
    public void OtherTextIsReadByTheGeneralParse(string text) =>
        Assert.Equal(DateTime.Parse(text, CultureInfo.InvariantCulture), SqliteTimes.Read(text));

    [Theory]
    [InlineData("2026-02-29 00:00:00")]
    [InlineData("2026-12-03 24:00:00")]
    [InlineData("not a time")]
    public void TextThatIsNoTimeFailsAsTheGeneralParseFails(string text) =>
        Assert.Throws<FormatException>(() => SqliteTimes.Read(text));

    [Fact]
    public async Task EntitiesReadTheirTimesThisWay()
    {
        await using var db = api.Db();
        var order = await db.Orders.OrderBy(o => o.Id).Select(o => new { o.Id, o.CreatedAt }).FirstAsync();
        var stored = await db.Database.SqlQuery<string>($"""SELECT "CreatedAt" AS "Value" FROM "Orders" WHERE "Id" = {order.Id}""").SingleAsync();

        Assert.Equal("GetString", db.Model.FindEntityType(typeof(Domain.Orders.Order))!.FindProperty("CreatedAt")!.GetRelationalTypeMapping().GetDataReaderMethod().Name);
        Assert.Equal(DateTime.SpecifyKind(DateTime.Parse(stored, CultureInfo.InvariantCulture), DateTimeKind.Utc), order.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, order.CreatedAt.Kind);
    }
}

using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Seeding;

namespace BackOffice.Api.Tests.Statistics;

/// <summary>
/// Buckets are local hours and days, DST included, on orders the tests place at chosen instants (each test its own
/// order id prefix, filtered on, so the demo data around them does not count). Its own database: the tests insert.
/// </summary>
public sealed class OrderStatisticsBucketTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task RomesDayOfTheAutumnSwitchLastsTwentyFiveHours()
    {
        // 2026-10-25: clocks go back at 03:00 CEST (01:00 UTC); the local day runs 22:00Z to 23:00Z the next day.
        await PlaceAsync("ROMEA", "2026-10-24T21:59:00Z", "2026-10-24T22:00:00Z", "2026-10-25T22:59:59Z", "2026-10-25T23:00:00Z");

        var buckets = await BucketsAsync("ROMEA", "DAY", "Europe/Rome");

        Assert.Equal(
            [("2026-10-23T22:00:00.000Z", 1L), ("2026-10-24T22:00:00.000Z", 2L), ("2026-10-25T23:00:00.000Z", 1L)],
            buckets);
    }

    [Fact]
    public async Task RomesDayOfTheSpringSwitchLastsTwentyThreeHours()
    {
        // 2026-03-29: clocks go forward at 02:00 CET (01:00 UTC); the local day runs 23:00Z to 22:00Z.
        await PlaceAsync("ROMES", "2026-03-28T22:59:00Z", "2026-03-28T23:00:00Z", "2026-03-29T21:59:00Z", "2026-03-29T22:00:00Z");

        var buckets = await BucketsAsync("ROMES", "DAY", "Europe/Rome");

        Assert.Equal(
            [("2026-03-27T23:00:00.000Z", 1L), ("2026-03-28T23:00:00.000Z", 2L), ("2026-03-29T22:00:00.000Z", 1L)],
            buckets);
    }

    [Fact]
    public async Task TheRepeatedLocalHourIsTwoHourBuckets()
    {
        // 02:30 local happens twice on 2026-10-25 in Rome: at 00:30Z (CEST) and at 01:30Z (CET).
        await PlaceAsync("ROMEH", "2026-10-25T00:30:00Z", "2026-10-25T00:59:00Z", "2026-10-25T01:30:00Z", "2026-10-25T03:15:00Z");

        var buckets = await BucketsAsync("ROMEH", "HOUR", "Europe/Rome");

        Assert.Equal(
            [("2026-10-25T00:00:00.000Z", 2L), ("2026-10-25T01:00:00.000Z", 1L), ("2026-10-25T03:00:00.000Z", 1L)],
            buckets);
    }

    [Fact]
    public async Task KolkatasHoursAndDaysStartAtHalfPastInUtc()
    {
        // +05:30: local midnight is 18:30Z, and each local hour starts at :30 past a UTC hour.
        await PlaceAsync("KOLK", "2026-11-01T18:20:00Z", "2026-11-01T18:29:59Z", "2026-11-01T18:30:00Z", "2026-11-01T19:45:00Z");

        Assert.Equal(
            [("2026-10-31T18:30:00.000Z", 2L), ("2026-11-01T18:30:00.000Z", 2L)],
            await BucketsAsync("KOLK", "DAY", "Asia/Kolkata"));
        Assert.Equal(
            [("2026-11-01T17:30:00.000Z", 2L), ("2026-11-01T18:30:00.000Z", 1L), ("2026-11-01T19:30:00.000Z", 1L)],
            await BucketsAsync("KOLK", "HOUR", "Asia/Kolkata"));
    }

    [Fact]
    public async Task UtcIsTheDefaultZoneAndDayTheDefaultBucket()
    {
        await PlaceAsync("UTCD", "2026-11-02T00:00:00Z", "2026-11-02T23:59:59.999Z", "2026-11-03T00:00:00Z");

        var response = await api.Client().PostAsync(
            """{ orderStatistics(where: { orderId: { startsWith: "UTCD" } }) { buckets { start volumes { orderCount } } } }""");

        var buckets = response.EnsureNoErrors().Data!["orderStatistics"]!["buckets"]!.AsArray()
            .Select(b => (b!["start"]!.GetValue<string>(), b["volumes"]![0]!["orderCount"]!.GetValue<long>())).ToList();
        Assert.Equal([("2026-11-02T00:00:00.000Z", 2L), ("2026-11-03T00:00:00.000Z", 1L)], buckets);
    }

    [Fact]
    public async Task OrdersOfEveryKindAddUpAsTheListingSumsThem()
    {
        var generator = new DemoDataGenerator(7, DemoKeys.DemoMerchant, "GEN", customers: 20);
        var now = ApiFactory.Now.UtcDateTime;
        await using (var db = api.Db())
        {
            db.Orders.AddRange(Enumerable.Range(1, 300).Select(i => generator.GenerateOrder(i, now.AddMinutes(-97 * i), now)));
            await db.SaveChangesAsync();
        }

        var where = new { orderId = new { startsWith = "GEN" } };
        var client = api.Client();
        var expected = await OrderVolumes.SummedFromOrdersAsync(client, where);
        var statistics = await OrderVolumes.StatisticsAsync(client, where, "HOUR", "America/New_York");

        Assert.Equal(300, expected.Values.Sum(v => v[0]));
        OrderVolumes.Equal(expected, OrderVolumes.Read(statistics["totals"]!));
        OrderVolumes.Equal(expected, OrderVolumes.SumOfBuckets(statistics));
        Assert.Contains(expected.Values, v => v[2] > 0 && v[6] > 0 && v[8] > 0); // captured, pending and declined orders all occur
    }

    [Fact]
    public async Task AnotherMerchantsOrdersAreNeverCounted()
    {
        await PlaceAsync("TEN", "2026-11-05T10:00:00Z");
        await PlaceForAsync("other", "TEN", "2026-11-05T10:00:00Z", "2026-11-05T11:00:00Z");

        Assert.Equal([("2026-11-05T00:00:00.000Z", 1L)], await BucketsAsync("TEN", "DAY", "UTC"));
        Assert.Equal([("2026-11-05T00:00:00.000Z", 2L)], await BucketsAsync("TEN", "DAY", "UTC", "other-operator-key"));
    }

    private Task PlaceAsync(string prefix, params string[] instants) => PlaceForAsync(DemoKeys.DemoMerchant, prefix, instants);

    private async Task PlaceForAsync(string merchantId, string prefix, params string[] instants)
    {
        await using var db = api.Db(merchantId);
        for (var i = 0; i < instants.Length; i++)
        {
            var createdAt = DateTime.Parse(instants[i], null, System.Globalization.DateTimeStyles.AdjustToUniversal);
            db.Orders.Add(Order.Place(merchantId, $"{prefix}{merchantId}{i}", 1000, "EUR", null, null, Channel.Ecommerce, createdAt).Value!);
        }

        await db.SaveChangesAsync();
    }

    private async Task<List<(string Start, long Orders)>> BucketsAsync(string prefix, string bucket, string timeZone, string key = "demo-reader-key")
    {
        var statistics = await OrderVolumes.StatisticsAsync(api.Client(key), new { orderId = new { startsWith = prefix } }, bucket, timeZone);
        return statistics["buckets"]!.AsArray()
            .Select(b => (b!["start"]!.GetValue<string>(), b["volumes"]!.AsArray().Sum(v => v!["orderCount"]!.GetValue<long>())))
            .ToList();
    }
}

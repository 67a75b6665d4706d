using System.Globalization;
using System.Net;
using BackOffice.Api.Tests.Support;
using BackOffice.Api.Transport.Subscriptions;
using BackOffice.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BackOffice.Api.Tests.Realtime.ResumeScenario;

namespace BackOffice.Api.Tests.Realtime;

/// <summary>Subscriptions resumed with <c>after</c>: what they replay from the outbox, what they never do, and when they are refused.</summary>
public sealed class ResumeTests : IDisposable
{
    private readonly ApiFactory _api = new() { Settings = new Dictionary<string, string> { ["Events:MaxReplay"] = "5", ["Events:ReplayPageSize"] = "2" } };

    [Fact]
    public async Task ResumingSendsExactlyTheMissedEventsInOrderThenLiveOnesNoneTwice()
    {
        var (paymentId, order) = await RefundablePaymentAsync(_api);
        long seen;
        await using (var first = await SubscribeAsync(_api, new { orderId = order.OrderId }))
        {
            await _api.WaitForSubscribersAsync(1);
            await RefundAsync(_api, paymentId);
            seen = (await first.WaitForAsync(e => e.Count >= 1)).Single()["sequence"]!.GetValue<long>();
        }

        await _api.WaitForSubscribersAsync(0);
        List<string> missed = [await RefundAsync(_api, paymentId), await RefundAsync(_api, paymentId), await RefundAsync(_api, paymentId)];

        await using var resumed = await SubscribeAsync(_api, new { orderId = order.OrderId, after = seen });
        var replayed = await resumed.WaitForAsync(e => e.Count >= 3);
        Assert.Equal(missed, replayed.Select(OperationIdOf));
        var live = await RefundAsync(_api, paymentId);
        await resumed.WaitForAsync(e => e.Count >= 4);
        await Task.Delay(500); // a repeat at the seam would arrive by now

        Assert.Equal([.. missed, live], resumed.Events.Select(OperationIdOf));
        var sequences = resumed.Events.Select(e => e["sequence"]!.GetValue<long>()).ToList();
        Assert.True(sequences[0] > seen && sequences.SequenceEqual(sequences.Order().Distinct()), string.Join(", ", sequences));
        Assert.Equal(sequences, resumed.Sequences); // extensions.sequence: the resume point for payloads without a sequence field
    }

    [Fact]
    public async Task TheReplayKeepsOnlyWhatTheSubscriptionsArgumentsMatch()
    {
        var (paymentA, orderA) = await RefundablePaymentAsync(_api);
        var (paymentB, orderB) = await RefundablePaymentAsync(_api, skip: 1);
        var seen = await LatestAsync(_api);
        var a1 = await RefundAsync(_api, paymentA);
        await RefundAsync(_api, paymentB);
        var a2 = await RefundAsync(_api, paymentA);

        await using var onlyA = await SubscribeAsync(_api, new { orderId = orderA.OrderId, after = seen });
        await using var orderBUpdates = await SubscribeAsync(_api, new { orderId = orderB.OrderId, after = seen },
            query: "subscription($orderId: String, $after: Long) { orderUpdated(orderId: $orderId, after: $after) { orderId refundedAmount } }");
        await onlyA.WaitForAsync(e => e.Count >= 2);
        await orderBUpdates.WaitForAsync(e => e.Count >= 1);
        await Task.Delay(500);

        Assert.Equal([a1, a2], onlyA.Events.Select(OperationIdOf));
        var update = Assert.Single(orderBUpdates.Events);
        Assert.Equal(orderB.RefundedAmount + 100, update["refundedAmount"]!.GetValue<long>());
        Assert.Equal([seen + 2], orderBUpdates.Sequences);
    }

    [Fact]
    public async Task AnotherMerchantsEventsAreNeverReplayed()
    {
        var (paymentId, _) = await RefundablePaymentAsync(_api);
        await RefundAsync(_api, paymentId);
        var demoSeen = await LatestAsync(_api); // past the other merchant's latest: a point only demo's stream has
        await RefundAsync(_api, paymentId);
        await RefundAsync(_api, paymentId);

        await using var other = await SubscribeAsync(_api, new { after = await LatestAsync(_api, "other") }, key: "other-operator-key");
        await using var otherAtDemosPoint = await SubscribeAsync(_api, new { after = demoSeen }, key: "other-operator-key");
        await _api.WaitForSubscribersAsync(1);
        await Task.Delay(500);

        Assert.Empty(other.Events);
        Assert.Equal(OutboxReplay.ResumePointUnknown, await otherAtDemosPoint.ErrorCodeAsync()); // demo's numbers are not the other merchant's
        Assert.Empty(otherAtDemosPoint.Events);
    }

    [Fact]
    public async Task ResumePointsOutsideTheReplayAreRefusedWithACode()
    {
        var (paymentId, _) = await RefundablePaymentAsync(_api);
        var before = await LatestAsync(_api);
        for (var i = 0; i < 6; i++)
        {
            await RefundAsync(_api, paymentId);
        }

        Assert.Equal(OutboxReplay.ReplayTooLarge, await ErrorCodeAsync(before)); // six events, five may be replayed
        Assert.Equal(OutboxReplay.ResumePointUnknown, await ErrorCodeAsync(before + 7)); // not sent yet
        Assert.Equal(OutboxReplay.ResumePointUnknown, await ErrorCodeAsync(-1));
        Assert.Null(await ErrorCodeAsync(before + 6, expectError: false)); // the latest: nothing to replay, and no error

        _api.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        Assert.Equal(OutboxReplay.ResumePointExpired, await ErrorCodeAsync(before + 2));
    }

    [Fact]
    public async Task SentEventsAreKeptForTheRetentionThenDeleted()
    {
        var (paymentId, _) = await RefundablePaymentAsync(_api);
        var refundId = await RefundAsync(_api, paymentId);
        var cleanup = _api.Services.GetRequiredService<OutboxCleanup>();
        for (var i = 0; i < 100 && await StoredAsync(sentOnly: true) == 0; i++)
        {
            await Task.Delay(100); // the dispatcher marks it sent
        }

        _api.Clock.Advance(TimeSpan.FromHours(23));
        await cleanup.DeleteExpiredAsync(CancellationToken.None);
        Assert.Equal(1, await StoredAsync(sentOnly: true));

        _api.Clock.Advance(TimeSpan.FromHours(2));
        await cleanup.DeleteExpiredAsync(CancellationToken.None);
        Assert.Equal(0, await StoredAsync(sentOnly: false));

        async Task<int> StoredAsync(bool sentOnly)
        {
            await using var db = _api.Db();
            return await db.OutboxEvents.CountAsync(e => e.OperationId == refundId && (!sentOnly || e.SentAt != null));
        }
    }

    [Fact]
    public async Task ResumedSubscriptionsRunAloneEachWithItsOwnReplay()
    {
        var (paymentId, order) = await RefundablePaymentAsync(_api);
        var seen = await LatestAsync(_api);
        List<string> missed = [await RefundAsync(_api, paymentId), await RefundAsync(_api, paymentId)];
        var resume = new { orderId = order.OrderId, after = seen };

        await using var first = await SubscribeAsync(_api, resume);
        await first.WaitForAsync(e => e.Count >= 2);
        await using var second = await SubscribeAsync(_api, resume); // the same document and variables, later
        await using var live = await SubscribeAsync(_api, new { orderId = order.OrderId });
        await second.WaitForAsync(e => e.Count >= 2);
        await _api.WaitForSubscribersAsync(3);
        var next = await RefundAsync(_api, paymentId);
        await Task.WhenAll(first.WaitForAsync(e => e.Count >= 3), second.WaitForAsync(e => e.Count >= 3), live.WaitForAsync(e => e.Count >= 1));
        await Task.Delay(300);

        Assert.Equal([.. missed, next], first.Events.Select(OperationIdOf));
        Assert.Equal([.. missed, next], second.Events.Select(OperationIdOf));
        Assert.Equal([next], live.Events.Select(OperationIdOf));
    }

    [Fact]
    public async Task TheResumableDocumentWithoutAResumePointSharesOneExecution()
    {
        var (paymentId, order) = await RefundablePaymentAsync(_api);
        await using var one = await SubscribeAsync(_api, new { orderId = order.OrderId, after = (long?)null });
        await using var two = await SubscribeAsync(_api, new { orderId = order.OrderId, after = (long?)null });
        await _api.WaitForSubscribersAsync(2);
        var audiences = _api.Services.GetRequiredService<SubscriptionAudiences>();
        var before = audiences.Executions;

        await RefundAsync(_api, paymentId);
        await Task.WhenAll(one.WaitForAsync(e => e.Count >= 1), two.WaitForAsync(e => e.Count >= 1));

        Assert.Equal(1, audiences.Executions - before); // one execution for both sockets
    }

    [Fact]
    public async Task OverSseEachEventsIdIsItsSequenceAndLastEventIdResumesAfterIt()
    {
        var (paymentId, order) = await RefundablePaymentAsync(_api);
        const string query = "subscription($orderId: String) { operationStatusChanged(orderId: $orderId) { sequence operation { operationId } } }";
        string lastEventId;
        await using (var first = await OpenStreamAsync(query, new { orderId = order.OrderId }))
        {
            await _api.WaitForSubscribersAsync(1);
            await RefundAsync(_api, paymentId);
            var seen = (await first.NextAsync())!;
            Assert.Equal(SequenceOf(seen).ToString(CultureInfo.InvariantCulture), seen.Id);
            lastEventId = seen.Id!;
        }

        await _api.WaitForSubscribersAsync(0);
        List<string> missed = [await RefundAsync(_api, paymentId), await RefundAsync(_api, paymentId), await RefundAsync(_api, paymentId)];

        // What EventSource sends when it reconnects: the id of the last event it received.
        await using var resumed = await OpenStreamAsync(query, new { orderId = order.OrderId }, lastEventId);
        List<EventStreamClient.ServerSentEvent> replayed = [(await resumed.NextAsync())!, (await resumed.NextAsync())!, (await resumed.NextAsync())!];
        Assert.Equal(missed, replayed.Select(OperationIdOfEvent));
        Assert.All(replayed, e => Assert.Equal(SequenceOf(e).ToString(CultureInfo.InvariantCulture), e.Id));
        var live = await RefundAsync(_api, paymentId);
        Assert.Equal(live, OperationIdOfEvent((await resumed.NextAsync())!));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => resumed.NextAsync(TimeSpan.FromMilliseconds(500))); // no repeat at the seam
    }

    [Fact]
    public async Task OverSseAPayloadWithoutASequenceFieldStillResumesByItsId()
    {
        var (paymentId, order) = await RefundablePaymentAsync(_api);
        const string query = "subscription($orderId: String) { orderUpdated(orderId: $orderId) { orderId refundedAmount } }";
        var seen = await LatestAsync(_api);
        await RefundAsync(_api, paymentId);
        await RefundAsync(_api, paymentId);

        await using var resumed = await OpenStreamAsync(query, new { orderId = order.OrderId }, seen.ToString(CultureInfo.InvariantCulture));
        var events = new[] { (await resumed.NextAsync())!, (await resumed.NextAsync())! };

        Assert.Equal([seen + 1, seen + 2], events.Select(e => long.Parse(e.Id!, CultureInfo.InvariantCulture)));
        Assert.Equal([order.RefundedAmount + 100, order.RefundedAmount + 200],
            events.Select(e => e.Json["data"]!["orderUpdated"]!["refundedAmount"]!.GetValue<long>()));
    }

    [Fact]
    public async Task OverSseAnUnknownResumePointIsAnErrorInTheStreamAndAMalformedOneIs400()
    {
        var unknown = (await LatestAsync(_api) + 7).ToString(CultureInfo.InvariantCulture);
        await using (var stream = await OpenStreamAsync(Events, null, unknown))
        {
            var events = await stream.ReadToEndAsync();
            Assert.Equal(["next", "complete"], events.Select(e => e.Event));
            Assert.Equal(OutboxReplay.ResumePointUnknown, events[0].Json["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        }

        await using var malformed = await OpenStreamAsync(Events, null, "yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
        Assert.Equal("INVALID_REQUEST", (await malformed.ErrorBodyAsync())["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ConcurrentMutationsOfOneMerchantNumberTheirEventsWithoutGapsInCommitOrder()
    {
        var (paymentA, _) = await RefundablePaymentAsync(_api);
        var (paymentB, _) = await RefundablePaymentAsync(_api, skip: 1);
        var before = await LatestAsync(_api);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => RefundAsync(_api, i % 2 == 0 ? paymentA : paymentB)));

        await using var db = _api.Db();
        var sequences = await db.OutboxEvents.Where(e => e.MerchantId == "demo" && e.Sequence > before).OrderBy(e => e.Id).Select(e => e.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 12).Select(i => before + i), sequences);
        Assert.Equal(before + 12, await LatestAsync(_api));
    }

    private async Task<string?> ErrorCodeAsync(long after, bool expectError = true)
    {
        await using var subscription = await SubscribeAsync(_api, new { after });
        return await subscription.ErrorCodeAsync(expectError ? null : TimeSpan.FromSeconds(1.5));
    }

    public void Dispose() => _api.Dispose();

    private Task<EventStreamClient> OpenStreamAsync(string query, object? variables, string? lastEventId = null) =>
        EventStreamClient.OpenAsync(_api.CreateClient(), "demo-reader-key", query, variables, lastEventId: lastEventId);

    private static long SequenceOf(EventStreamClient.ServerSentEvent e) => e.Json["data"]!["operationStatusChanged"]!["sequence"]!.GetValue<long>();

    private static string OperationIdOfEvent(EventStreamClient.ServerSentEvent e) => OperationIdOf(e.Json["data"]!["operationStatusChanged"]!);
}

using System.Globalization;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Outbox;
using BackOffice.Infrastructure.Persistence;
using BackOffice.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.Infrastructure.Simulation;

/// <summary>
/// The gateway's own traffic for the demo merchant, so a dashboard shows live events without anyone clicking: new
/// payments at a steady rate, some pending that settle a few seconds later. Written through the order aggregate with
/// their outbox events, exactly as a mutation writes. Off unless <c>Simulator:Enabled</c> or <c>--simulate</c>.
/// </summary>
public sealed class TrafficSimulator(
    BackOfficeDbContextFactory contexts, OutboxSignal outbox, TimeProvider time, IOptions<SimulatorOptions> options,
    ILogger<TrafficSimulator> logger) : BackgroundService
{
    private readonly DemoDataGenerator _generator = new(Environment.TickCount, DemoKeys.DemoMerchant, "SIM", customers: 400);
    private readonly Queue<(long OrderKey, DateTime SettleAt)> _pending = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        logger.LogInformation("Simulating {Rate} payments a minute for merchant '{Merchant}'", options.Value.PaymentsPerMinute, DemoKeys.DemoMerchant);
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1) / Math.Max(options.Value.PaymentsPerMinute, 0.01));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RecordPaymentAsync(stoppingToken);
                await SettleDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The simulator skipped a beat");
            }
        }
    }

    private async Task RecordPaymentAsync(CancellationToken cancellationToken)
    {
        var now = UtcMillisecondsConverter.Now(time);
        await using var db = contexts.Create(DemoKeys.DemoMerchant);
        if (!await db.Merchants.AnyAsync(m => m.MerchantId == DemoKeys.DemoMerchant, cancellationToken))
        {
            return;
        }

        var order = _generator.GenerateLivePayment(string.Create(CultureInfo.InvariantCulture, $"SIM{now:yyMMddHHmmssfff}{Random.Shared.Next(100):D2}"), now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Orders.Add(order);
        await db.SaveChangesAsync(cancellationToken); // the order's key first: its events are filed under it
        await OutboxWriter.RecordChangesAsync(db, [order], now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outbox.Notify();
        if (order.Status == OrderStatus.Pending)
        {
            _pending.Enqueue((order.Id, now + options.Value.SettleAfter));
        }
    }

    private async Task SettleDueAsync(CancellationToken cancellationToken)
    {
        var now = UtcMillisecondsConverter.Now(time);
        while (_pending.TryPeek(out var due) && due.SettleAt <= now)
        {
            _pending.Dequeue();
            await using var db = contexts.Create(DemoKeys.DemoMerchant);
            var order = await db.Orders.Include(o => o.Operations).FirstOrDefaultAsync(o => o.Id == due.OrderKey, cancellationToken);
            if (order?.SettlePayment(_generator.SettlementOutcome()).IsSuccess != true)
            {
                continue;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await OutboxWriter.RecordChangesAsync(db, [order], now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            outbox.Notify();
        }
    }
}

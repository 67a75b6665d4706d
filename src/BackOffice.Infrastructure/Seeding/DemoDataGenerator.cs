using System.Globalization;
using BackOffice.Domain.Common;
using BackOffice.Domain.Contracts;
using BackOffice.Domain.Orders;

namespace BackOffice.Infrastructure.Seeding;

/// <summary>
/// Deterministic, realistic payment traffic for one merchant, produced through the order aggregate (the same
/// rules the mutations use), so every total and status is one the API itself could have reached.
/// The same seed, merchant and clock give the same data, id for id.
/// </summary>
public sealed class DemoDataGenerator
{
    private static readonly (string Circuit, int Weight)[] Circuits =
        [("VISA", 40), ("MC", 30), ("AMEX", 8), ("MAESTRO", 7), ("PAYPAL", 8), ("GOOGLE_PAY", 4), ("APPLE_PAY", 3)];

    private static readonly (string Currency, int Weight, long Min, long Max)[] Currencies =
        [("EUR", 80, 500, 60_000), ("USD", 8, 500, 60_000), ("GBP", 7, 500, 50_000), ("JPY", 5, 300, 80_000)];

    private static readonly string?[] Descriptions =
        ["Running shoes", "Espresso machine", "Annual subscription", "Gift card", "Hotel booking", "Concert tickets",
         "Bicycle helmet", "Monthly plan", "Wireless headphones", "Cooking class", null, null];

    // Picked from the order's index, not the random sequence, so the rest of the demo data stays as it was.
    private static readonly string[] CustomFields = ["campaign=SPRING", "campaign=NEWSLETTER", "store=ROMA-01"];

    private readonly Random _random;
    private readonly string _merchantId;
    private readonly string _orderPrefix;
    private readonly List<Contract> _contracts = [];
    private readonly Dictionary<string, Contract> _contractByCustomer = []; // at most one per customer

    public DemoDataGenerator(int seed, string merchantId, string orderPrefix, int customers)
    {
        _random = new Random(seed);
        _merchantId = merchantId;
        _orderPrefix = orderPrefix;
        Customers = customers;
    }

    public int Customers { get; }

    public IReadOnlyList<Contract> Contracts => _contracts;

    /// <summary>Stored cards for about one customer in three; a few deactivated since.</summary>
    public IReadOnlyList<Contract> GenerateContracts(DateTime now)
    {
        for (var customer = 1; customer <= Customers; customer++)
        {
            if (_random.Next(3) != 0)
            {
                continue;
            }

            var created = now.AddDays(-_random.Next(91, 720)).AddSeconds(-_random.Next(86_400));
            var type = _random.Next(100) switch { < 60 => ContractType.Cit, < 85 => ContractType.MitScheduled, _ => ContractType.MitUnscheduled };
            var circuit = Pick(Circuits);
            var contract = new Contract(
                _merchantId, string.Create(CultureInfo.InvariantCulture, $"CTR{_orderPrefix}{_contracts.Count + 1:D6}"), CustomerId(customer), type,
                type == ContractType.MitScheduled ? 30 : null,
                string.Create(CultureInfo.InvariantCulture, $"{_random.Next(1, 13):D2}/{_random.Next(27, 32):D2}"),
                circuit == "PAYPAL" ? "APM" : "CARD", circuit, MaskedInstrument(circuit), created,
                _contracts.Count % 2 == 0 ? DateOnly.FromDateTime(created).AddYears(3) : null); // half the scheduled agreements end
            if (_random.Next(100) < 8)
            {
                contract.Deactivate(created.AddDays(_random.Next(1, 60)));
            }

            _contracts.Add(contract);
            _contractByCustomer.Add(contract.CustomerId, contract);
        }

        return _contracts;
    }

    /// <summary>One order placed at <paramref name="placedAt"/>, paid, and followed up (captures, refunds, voids) until <paramref name="now"/>.</summary>
    public Order GenerateOrder(int index, DateTime placedAt, DateTime now)
    {
        var (currency, _, min, max) = Pick(Currencies);
        var customerId = _random.Next(100) < 70 ? CustomerId(_random.Next(1, Customers + 1)) : null;
        var order = Order.Place(
            _merchantId, string.Create(CultureInfo.InvariantCulture, $"{_orderPrefix}{index:D7}"), _random.NextInt64(min, max), currency,
            customerId, Descriptions[_random.Next(Descriptions.Length)],
            _random.Next(100) < 85 ? Channel.Ecommerce : Channel.Pos, placedAt,
            index % 4 == 0 ? CustomFields[index / 4 % CustomFields.Length] : null).Value!;

        var contract = customerId is not null && _contractByCustomer.TryGetValue(customerId, out var stored) && stored.Status == ContractStatus.Active
            ? stored
            : null;
        var circuit = contract?.PaymentCircuit ?? Pick(Circuits);
        var outcome = _random.Next(100);
        var (type, result) = outcome switch
        {
            < 5 => (OperationType.Authorization, OperationResult.Declined),
            < 7 => (OperationType.Authorization, OperationResult.DeniedByRisk),
            < 8 => (OperationType.Authorization, OperationResult.ThreedsFailed),
            < 10 => (OperationType.Authorization, OperationResult.Pending),
            < 45 => (OperationType.Capture, OperationResult.Executed),
            _ => (OperationType.Authorization, OperationResult.Authorized),
        };
        var paidAt = placedAt.AddSeconds(_random.Next(5, 90));
        var payment = order.RecordPayment(new PaymentRecord(
            OperationIds.Next(paidAt, _random), type, result, paidAt, order.Channel, circuit == "PAYPAL" ? "APM" : "CARD",
            circuit, contract?.PaymentInstrumentInfo ?? MaskedInstrument(circuit), _random.Next(100) < 40 ? contract?.ContractId : null)).Value!;

        FollowUp(order, payment, now);
        return order;
    }

    /// <summary>
    /// An implicit card capture paid a moment before <paramref name="now"/>, left alone: one capture a dashboard can
    /// still cancel today, whatever the hour the data is seeded.
    /// </summary>
    public Order GenerateCaptureToCancel(int index, DateTime now)
    {
        var (currency, _, min, max) = Currencies[0];
        var order = Order.Place(
            _merchantId, string.Create(CultureInfo.InvariantCulture, $"{_orderPrefix}{index:D7}"), _random.NextInt64(min, max), currency,
            CustomerId(_random.Next(1, Customers + 1)), Descriptions[_random.Next(Descriptions.Length)], Channel.Ecommerce, now.AddSeconds(-2)).Value!;
        var paidAt = now.AddSeconds(-1);
        order.RecordPayment(new PaymentRecord(
            OperationIds.Next(paidAt, _random), OperationType.Capture, OperationResult.Executed, paidAt, Channel.Ecommerce, "CARD", "VISA",
            MaskedInstrument("VISA")));
        return order;
    }

    /// <summary>
    /// A checkout happening now, as the traffic simulator records it: no follow-ups, and more payments left
    /// <c>PENDING</c> (3-D Secure, APM) so that a live dashboard sees them settle.
    /// </summary>
    public Order GenerateLivePayment(string orderId, DateTime now)
    {
        var (currency, _, min, max) = Pick(Currencies);
        var order = Order.Place(_merchantId, orderId, _random.NextInt64(min, max), currency,
            CustomerId(_random.Next(1, Customers + 1)), Descriptions[_random.Next(Descriptions.Length)], Channel.Ecommerce, now).Value!;
        var circuit = Pick(Circuits);
        var (type, result) = _random.Next(100) switch
        {
            < 15 => (OperationType.Authorization, OperationResult.Pending),
            < 22 => (OperationType.Authorization, OperationResult.Declined),
            < 25 => (OperationType.Authorization, OperationResult.DeniedByRisk),
            < 60 => (OperationType.Capture, OperationResult.Executed),
            _ => (OperationType.Authorization, OperationResult.Authorized),
        };
        order.RecordPayment(new PaymentRecord(OperationIds.Next(now, _random), type, result, now, Channel.Ecommerce,
            circuit == "PAYPAL" ? "APM" : "CARD", circuit, MaskedInstrument(circuit)));
        return order;
    }

    /// <summary>How a pending payment ends: mostly authorized, sometimes refused.</summary>
    public OperationResult SettlementOutcome() => _random.Next(100) switch
    {
        < 75 => OperationResult.Authorized,
        < 90 => OperationResult.Declined,
        _ => OperationResult.ThreedsFailed,
    };

    private void FollowUp(Order order, Operation payment, DateTime now)
    {
        var at = payment.OperationTime;
        if (payment.OperationResult == OperationResult.Authorized)
        {
            var choice = _random.Next(100);
            if (choice < 15)
            {
                return; // left open
            }

            if (choice < 25)
            {
                Try(order, ref at, now, TimeSpan.FromHours(6), (o, r) => o.Cancel(payment.OperationId, r));
                return;
            }

            if (choice < 37)
            {
                var first = order.Amount * _random.Next(30, 70) / 100;
                Try(order, ref at, now, TimeSpan.FromDays(1), (o, r) => o.Capture(payment.OperationId, first, o.Currency, r));
                if (_random.Next(2) == 0)
                {
                    Try(order, ref at, now, TimeSpan.FromDays(1), (o, r) => o.Capture(payment.OperationId, o.AuthorizedAmount - o.CapturedAmount, o.Currency, r));
                }
            }
            else
            {
                Try(order, ref at, now, TimeSpan.FromDays(2), (o, r) => o.Capture(payment.OperationId, o.Amount, o.Currency, r));
            }
        }
        else if (payment.OperationResult == OperationResult.Executed && _random.Next(100) < 3)
        {
            Try(order, ref at, now, TimeSpan.FromMinutes(30), (o, r) => o.Cancel(payment.OperationId, r));
            return;
        }

        if (order.CapturedAmount == 0)
        {
            return;
        }

        var refund = _random.Next(100);
        if (refund < 12)
        {
            var part = Math.Max(1, order.CapturedAmount * _random.Next(10, 60) / 100);
            Try(order, ref at, now, TimeSpan.FromDays(10), (o, r) => o.Refund(payment.OperationId, part, o.Currency, r));
        }
        else if (refund < 20)
        {
            Try(order, ref at, now, TimeSpan.FromDays(10), (o, r) => o.Refund(payment.OperationId, o.CapturedAmount - o.RefundedAmount, o.Currency, r));
        }
    }

    /// <summary>Applies a follow-up some time later, if that time has come; the aggregate may still refuse it (e.g. a closed window).</summary>
    private void Try(Order order, ref DateTime at, DateTime now, TimeSpan within, Func<Order, OperationRequest, Result<Operation>> command)
    {
        var next = at.AddSeconds(_random.NextDouble() * within.TotalSeconds + 60);
        if (next > now)
        {
            return;
        }

        at = next;
        command(order, new OperationRequest(OperationIds.Next(next, _random), next, Description: "Back-office follow-up"));
    }

    private static string CustomerId(int customer) => string.Create(CultureInfo.InvariantCulture, $"CUST{customer:D5}");

    private string? MaskedInstrument(string circuit) =>
        circuit == "PAYPAL" ? null : string.Create(CultureInfo.InvariantCulture, $"***{_random.Next(0, 10_000):D4}");

    private string Pick((string Value, int Weight)[] choices) => Pick(choices, c => c.Weight).Value;

    private (string Currency, int Weight, long Min, long Max) Pick((string Currency, int Weight, long Min, long Max)[] choices) =>
        Pick(choices, c => c.Weight);

    private T Pick<T>(T[] choices, Func<T, int> weight)
    {
        var roll = _random.Next(choices.Sum(weight));
        foreach (var choice in choices)
        {
            roll -= weight(choice);
            if (roll < 0)
            {
                return choice;
            }
        }

        return choices[^1];
    }
}

using System.Globalization;
using System.Text;

namespace BackOffice.Soak;

/// <summary>The readable table at the end, and the checks (each one pass or fail) with the closing line.</summary>
public sealed class Summary(
    SoakOptions options, List<string> faults, Traffic traffic, MoneyRace race, HostileTraffic hostile, List<Subscriber> subscribers,
    Delivery delivery, (int Orders, List<string> Broken) money, MemorySampler memory)
{
    private static readonly string[] Regular = ["mutations", "reads"];

    public int Passed { get; private set; }

    public int Failed { get; private set; }

    public string Render()
    {
        var text = new StringBuilder();
        void Line(string line) => text.AppendLine(line);
        Line("");
        Line($"== chaos soak: {options.Duration.TotalMinutes:0.#} min, {options.Sockets} sockets, instances A (simulator) and B on one SQLite file and one Redis");
        Line("faults:");
        faults.ForEach(f => Line("  " + f));

        Line("");
        Line($"{"traffic",-44} {"requests",8} {"5xx",5} {"INTERNAL",8} {"timeout",7} {"refused*",8} {"cut†",5} {"other",5}  statuses");
        foreach (var (kind, t) in traffic.Kinds.OrderBy(k => k.Key.StartsWith("hostile", StringComparison.Ordinal)).ThenBy(k => k.Key, StringComparer.Ordinal))
        {
            var note = hostile.TimedOut.Contains(kind.Replace("hostile: ", "", StringComparison.Ordinal)) ? "  (timed out: not sent again)" : "";
            Line($"{Cut(kind, 44),-44} {t.Requests,8} {t.ServerErrors,5} {t.Internal,8} {t.Timeouts,7} {t.Refused,8} {t.CutByCrash,5} {t.OtherErrors,5}  {t.StatusText()}{note}");
        }

        Line("  * refused while its instance was down   † in flight on the instance when it was killed");
        foreach (var (kind, t) in traffic.Kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Where(k => k.Value.Samples.Count > 0))
        {
            Line($"  e.g. {kind}: {t.Samples[0].ReplaceLineEndings(" ")}");
        }

        Line("");
        Line($"mutations: {string.Join(", ", race.Results.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value}"))}; {race.Repeats} repeated idempotency keys sent");
        var ends = subscribers.SelectMany(s => s.UnexpectedEnds).ToList();
        Line($"sockets: {delivery.Sockets} subscribed, {subscribers.Sum(s => s.CrashEnds)} ended by B's crash, {delivery.Resubscribed} subscribed again, {ends.Count} other ends"
            + (ends.Count > 0 ? $" (e.g. {Cut(ends[0], 160)})" : "") + $", {subscribers.Sum(s => s.PayloadErrors)} payloads with errors");
        Line($"delivery (by eventId): {delivery.Events} events committed in the window; {delivery.Expected:N0} deliveries expected, {delivery.Once:N0} exactly once, "
            + $"{delivery.Missing:N0} missing ({delivery.SocketsMissing} sockets), {delivery.Duplicates:N0} duplicates ({delivery.SocketsDuplicated} sockets), {delivery.Unknown} ids not in the outbox");
        if (delivery.MissingSample is { } sample)
        {
            Line($"  for instance, {sample}");
        }


        Line("");
        Line($"{"memory (VmRSS)",-24} {"samples",7} {"first MB",9} {"last MB",8} {"peak MB",8} {"growth MB/min",14}");
        foreach (var series in memory.All)
        {
            var s = series.Samples;
            Line($"{series.Label,-24} {s.Count,7} {s[0].Megabytes,9:F0} {s[^1].Megabytes,8:F0} {s.Max(x => x.Megabytes),8:F0} {series.GrowthPerMinute(),14:+0.0;-0.0}");
        }

        Line("");
        Line("checks:");
        Check(text, money.Broken.Count == 0, $"money: no order refunded > captured or captured > authorized ({money.Orders:N0} orders)"
            + (money.Broken.Count > 0 ? $": {string.Join("; ", money.Broken.Take(5))}" : ""));
        var doubled = race.OperationsByKey.Where(k => k.Value.Count > 1).ToList();
        Check(text, doubled.Count == 0, $"idempotency: one operation per idempotency key ({race.OperationsByKey.Count} keys that made one)"
            + (doubled.Count > 0 ? $": {string.Join("; ", doubled.Take(3).Select(k => $"{k.Key} → {string.Join(", ", k.Value.Keys)}"))}" : ""));
        Check(text, delivery.Missing == 0 && delivery.Duplicates == 0 && delivery.Unknown == 0 && delivery.Sockets == options.Sockets && delivery.Expected > 0,
            $"delivery: each committed event exactly once to each of the {delivery.Sockets} subscribers ({delivery.Expected:N0} deliveries)");
        var regular = Regular.Select(k => traffic.Kinds.GetValueOrDefault(k)).OfType<Tally>().ToList();
        Check(text, regular.Sum(t => t.ServerErrors + t.Internal) == 0,
            $"no 5xx or INTERNAL outside the killed instance's in-flight requests ({regular.Sum(t => t.Requests):N0} requests, {regular.Sum(t => t.CutByCrash)} cut by the kill)");
        Check(text, ends.Count == 0, "no socket ended except by its instance's crash");
        var hostileTallies = traffic.Kinds.Where(k => k.Key.StartsWith("hostile", StringComparison.Ordinal)).Select(k => k.Value).ToList();
        var findings = hostileTallies.Sum(t => t.Timeouts + t.ServerErrors + t.Internal);
        var hostileText = $"hostile inputs: no timeout, 5xx or INTERNAL ({hostileTallies.Sum(t => t.Requests)} requests, {findings} findings)";
        Check(text, findings == 0, hostileText);

        Line($"soak: {Passed} passed, {Failed} failed");
        return text.ToString();
    }

    private void Check(StringBuilder text, bool ok, string description)
    {
        if (ok)
        {
            Passed++;
        }
        else
        {
            Failed++;
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"  {(ok ? "PASS" : "FAIL")}  {description}");
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}

using System.Collections.Concurrent;

namespace BackOffice.Api.Telemetry;

/// <summary>
/// A metric label whose values come from clients (operation names): the first <paramref name="capacity"/> distinct
/// values are kept as they are, every later one is <see cref="Other"/>, so a client inventing names cannot grow the
/// series without bound (each series costs memory here and in Prometheus).
/// </summary>
public sealed class BoundedLabel(int capacity)
{
    public const string Other = "other";

    private readonly ConcurrentDictionary<string, byte> _known = new(StringComparer.Ordinal);

    public string Of(string value)
    {
        if (_known.ContainsKey(value))
        {
            return value;
        }

        // Racing callers may let a few more in than the capacity: a bound, not an exact count.
        if (_known.Count >= capacity)
        {
            return Other;
        }

        _known.TryAdd(value, 0);
        return value;
    }
}

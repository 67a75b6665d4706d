namespace BackOffice.Soak;

/// <summary>What one kind of request got back, counted by outcome.</summary>
public sealed class Tally
{
    private readonly Lock _lock = new();

    public int Requests { get; private set; }

    public SortedDictionary<int, int> Statuses { get; } = [];

    public int ServerErrors { get; private set; }

    public int Internal { get; private set; }

    public int Timeouts { get; private set; }

    /// <summary>Refused while its instance was down (crashed, not yet restarted).</summary>
    public int Refused { get; private set; }

    /// <summary>In flight on the instance when it was crashed.</summary>
    public int CutByCrash { get; private set; }

    public int OtherErrors { get; private set; }

    public List<string> Samples { get; } = [];

    public void Add(Outcome outcome, int status, string? sample)
    {
        lock (_lock)
        {
            Requests++;
            if (status > 0)
            {
                Statuses[status] = Statuses.GetValueOrDefault(status) + 1;
            }

            switch (outcome)
            {
                case Outcome.ServerError: ServerErrors++; break;
                case Outcome.Internal: Internal++; break;
                case Outcome.Timeout: Timeouts++; break;
                case Outcome.Refused: Refused++; break;
                case Outcome.CutByCrash: CutByCrash++; break;
                case Outcome.OtherError: OtherErrors++; break;
            }

            if (sample is not null && Samples.Count < 3)
            {
                Samples.Add(sample.Length > 200 ? sample[..200] : sample);
            }
        }
    }

    public string StatusText() => string.Join(" ", Statuses.Select(s => $"{s.Key}×{s.Value}"));

    public enum Outcome
    {
        Answered,
        ServerError,
        Internal,
        Timeout,
        Refused,
        CutByCrash,
        OtherError,
    }
}

namespace BackOffice.Soak;

/// <summary>
/// Sends the hostile corpus round after round, alternating instances, each request bounded by a 5 s timeout. An input
/// that timed out is not sent again in this run: today's server keeps computing a request whose client gave up, and a
/// few such requests would starve the two cores the rest of the soak needs.
/// </summary>
public sealed class HostileTraffic(Traffic traffic, Instance[] instances)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static string Kind(HostileInputs.Input input) => "hostile: " + input.Name;

    public HashSet<string> TimedOut { get; } = [];

    public async Task RunAsync(CancellationToken stop)
    {
        var sent = 0;
        while (!stop.IsCancellationRequested)
        {
            foreach (var input in HostileInputs.All)
            {
                if (stop.IsCancellationRequested)
                {
                    return;
                }

                if (TimedOut.Contains(input.Name))
                {
                    continue;
                }

                var instance = instances[sent++ % instances.Length];
                var answer = await traffic.SendAsync(Kind(input), instance, url => HostileInputs.Request(input, url), Timeout);
                if (answer is null && traffic.Kinds[Kind(input)].Timeouts > 0)
                {
                    TimedOut.Add(input.Name);
                }

                await Task.Delay(400, stop).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}

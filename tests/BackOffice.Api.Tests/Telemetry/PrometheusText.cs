using System.Globalization;
using System.Text.RegularExpressions;

namespace BackOffice.Api.Tests.Telemetry;

/// <summary>A scrape in Prometheus' text format, parsed into samples: what a Prometheus server would store.</summary>
public sealed partial class PrometheusText
{
    private readonly List<Sample> _samples;

    private PrometheusText(List<Sample> samples) => _samples = samples;

    public static PrometheusText Parse(string text)
    {
        var samples = new List<Sample>();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var match = SampleLine().Match(line);
            Assert.True(match.Success, $"not a Prometheus sample line: {line}");
            var labels = LabelPair().Matches(match.Groups["labels"].Value)
                .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);
            var value = match.Groups["value"].Value switch
            {
                "+Inf" => double.PositiveInfinity,
                "-Inf" => double.NegativeInfinity,
                var number => double.Parse(number, CultureInfo.InvariantCulture),
            };
            samples.Add(new Sample(match.Groups["name"].Value, labels, value));
        }

        return new PrometheusText(samples);
    }

    public IReadOnlyList<Sample> Samples(string name) => _samples.Where(s => s.Name == name).ToList();

    /// <summary>The sum over every series of <paramref name="name"/> whose labels include <paramref name="labels"/> (0 when there is none).</summary>
    public double Sum(string name, params (string Label, string Value)[] labels) =>
        Samples(name).Where(s => labels.All(l => s.Labels.TryGetValue(l.Label, out var v) && v == l.Value)).Sum(s => s.Value);

    public bool Has(string name) => _samples.Any(s => s.Name == name);

    public IEnumerable<string> LabelValues(string label) => _samples.SelectMany(s => s.Labels).Where(l => l.Key == label).Select(l => l.Value).Distinct();

    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})? (?<value>\S+)( \d+)?$""")]
    private static partial Regex SampleLine();

    [GeneratedRegex("""(?<name>[a-zA-Z_][a-zA-Z0-9_]*)="(?<value>(\\.|[^"\\])*)",?""")]
    private static partial Regex LabelPair();
}

namespace BackOffice.Api.Tests.Telemetry;

/// <summary>
/// Meters and activity sources are process-wide names, so an exporter would also see the servers of tests running beside
/// it: the telemetry tests run alone, after the others, and count exactly what they caused.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "telemetry";
}

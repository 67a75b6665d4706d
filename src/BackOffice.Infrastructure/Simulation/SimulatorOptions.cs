namespace BackOffice.Infrastructure.Simulation;

/// <summary>The <c>Simulator</c> configuration section (or <c>--simulate</c> on the command line).</summary>
public sealed class SimulatorOptions
{
    public const string Section = "Simulator";

    public bool Enabled { get; set; }

    public double PaymentsPerMinute { get; set; } = 30;

    /// <summary>How long a pending payment (3-D Secure, APM) waits before it settles.</summary>
    public TimeSpan SettleAfter { get; set; } = TimeSpan.FromSeconds(5);
}

namespace BackOffice.Infrastructure.Seeding;

/// <summary>The keys the demo data creates (CONTRACT.md); printed at start so a developer can use them at once.</summary>
public static class DemoKeys
{
    public const string DemoMerchant = "demo";
    public const string OtherMerchant = "other";
    public const string DemoOperator = "demo-operator-key";
    public const string DemoReader = "demo-reader-key";
    public const string OtherOperator = "other-operator-key";

    /// <summary>A production dashboard's key: READ, and persisted-only (it runs only the trusted documents shipped with a front end).</summary>
    public const string DemoDashboard = "demo-dashboard-key";
}

namespace BackOffice.Api.Tests.Support;

/// <summary>Tests that only read share one seeded server; they run one after another, so command counts are exact.</summary>
[CollectionDefinition(Name)]
public sealed class DemoDataCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "demo data";
}

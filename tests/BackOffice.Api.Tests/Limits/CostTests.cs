using BackOffice.Api.Tests.Support;

namespace BackOffice.Api.Tests.Limits;

/// <summary>What the limits refuse: introspection charged like any field, a count as the scan it is, variables at their real values.</summary>
[Collection(DemoDataCollection.Name)]
public sealed class CostTests(ApiFactory api)
{
    [Fact]
    public async Task SevenHundredCountsAreRefusedBeforeOneRuns()
    {
        var counts = CountCommands();
        var response = await api.Client().PostAsync(HostileDocuments.CountAliases(700));
        Assert.Equal("MAX_FIELD_COST_EXCEEDED", response.FirstErrorCode);
        Assert.Equal(50_000, response.Errors![0]!["extensions"]!["maxFieldCost"]!.GetValue<double>());
        Assert.Equal(counts, CountCommands());
    }

    private int CountCommands() => api.Commands.Containing("COUNT(");

    [Fact]
    public async Task ADashboardsHandfulOfCountsPasses()
    {
        var response = await api.Client().PostAsync(HostileDocuments.CountAliases(6));
        Assert.Equal(0, response.EnsureNoErrors().Data!["a0"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task ManyIntrospectionQueriesInOneRequestAreRefused()
    {
        var response = await api.Client().PostAsync(HostileDocuments.IntrospectionAliases(100));
        Assert.Equal("MAX_FIELD_COST_EXCEEDED", response.FirstErrorCode);
    }

    [Fact]
    public async Task AThousandIntrospectionAliasesAreRefused()
    {
        var response = await api.Client().PostAsync(HostileDocuments.IntrospectionAliases(1_000, "types { name }"));
        Assert.Equal("MAX_FIELDS_EXCEEDED", response.FirstErrorCode);
    }

    [Fact]
    public async Task ASmallIntrospectionQueryIsCheap()
    {
        var response = await api.Client().PostAsync("{ __type(name: \"Order\") { fields { name type { name } } } }");
        Assert.NotEmpty(response.EnsureNoErrors().Data!["__type"]!["fields"]!.AsArray());
    }

    [Fact]
    public async Task VariablesArePricedWithTheirValuesOnACachedDocument()
    {
        const string query = "query($n: Int) { orders(first: $n) { nodes { operations { operationId order { operations { operationId order { orderId } } } } } } }";
        (await api.Client().PostAsync(query, new { n = 5 })).EnsureNoErrors();
        var response = await api.Client().PostAsync(query, new { n = 100 });
        Assert.Equal("MAX_FIELD_COST_EXCEEDED", response.FirstErrorCode);
        (await api.Client().PostAsync(query, new { n = 5 })).EnsureNoErrors();
    }
}

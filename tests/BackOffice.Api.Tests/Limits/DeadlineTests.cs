using System.Net;
using BackOffice.Api.Tests.Support;

namespace BackOffice.Api.Tests.Limits;

/// <summary>Every request has a deadline (<c>GraphQL:Execution:Timeout</c>), and without introspection no error names a field.</summary>
public sealed class DeadlineTests
{
    [Fact]
    public async Task ARequestPastItsDeadlineAnswersTimeout()
    {
        // A database slower than the deadline: the request is cut off there, whatever else is busy (a deadline shorter than
        // the timer's tick raced a fast execution and sometimes lost).
        using var api = new ApiFactory { Settings = new Dictionary<string, string> { ["GraphQL:Execution:Timeout"] = "00:00:00.2" } };
        var client = api.Client();
        api.Faults.SlowTable = "Orders";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var response = await client.PostAsync("{ orders(first: 100) { totalCount nodes { orderId operations { operationId } } } }", accept: "application/graphql-response+json");
        Assert.True(clock.Elapsed < api.Faults.Delay / 2, $"answered after {clock.Elapsed}");
        Assert.Equal("TIMEOUT", response.FirstErrorCode);
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.Status);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task WithIntrospectionOffErrorsSuggestNoFieldNames()
    {
        using var hidden = new ApiFactory { Settings = new Dictionary<string, string> { ["GraphQL:Introspection:Enabled"] = "false" } };
        var response = await hidden.Client().PostAsync("{ ordrs(first: 1) { totalCount } }");
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", response.Errors!.Select(e => e!["extensions"]!["code"]!.GetValue<string>()).Distinct().Single());
        var message = response.Errors!.Single()!["message"]!.GetValue<string>();
        Assert.Equal("Cannot query field 'ordrs' on type 'Query'.", message);
    }

    [Fact]
    public async Task WithIntrospectionOnErrorsStillSuggest()
    {
        using var api = new ApiFactory();
        var response = await api.Client().PostAsync("{ ordrs(first: 1) { totalCount } }");
        Assert.Contains("Did you mean 'orders'", response.Errors!.Single()!["message"]!.GetValue<string>());
    }
}

using System.Diagnostics;
using BackOffice.Api.Tests.Support;

namespace BackOffice.Api.Tests.Limits;

/// <summary>
/// A document is refused for what it would cost before any rule expands it: in milliseconds, with a code naming the
/// limit, over every transport. The bound asserted (2 s) is far above the milliseconds these take, for a busy machine.
/// </summary>
[Collection(DemoDataCollection.Name)]
public sealed class ValidationLimitTests(ApiFactory api)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    [Theory]
    [InlineData(30)]
    [InlineData(40)]
    public async Task AFragmentFanOutIsRefusedBeforeItIsExpanded(int levels)
    {
        var response = await Timed(client => client.PostAsync(HostileDocuments.FragmentFanOut(levels)));
        Assert.Equal("MAX_FIELDS_EXCEEDED", response.FirstErrorCode);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task AFragmentFanOutOverGetIsRefusedToo()
    {
        var response = await Timed(client => client.SendAsync(new HttpRequestMessage(HttpMethod.Get,
            "/graphql?query=" + Uri.EscapeDataString(HostileDocuments.FragmentFanOut(30)))));
        Assert.Equal("MAX_FIELDS_EXCEEDED", response.FirstErrorCode);
    }

    [Fact]
    public async Task AFragmentFanOutOverTheSocketIsRefusedToo()
    {
        await using var socket = await GraphQLWebSocketClient.ConnectAndInitAsync(api);
        var clock = Stopwatch.StartNew();
        await socket.SubscribeAsync("1", HostileDocuments.FragmentFanOut(40));
        var error = await socket.ReceiveAsync();
        Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed}");
        Assert.Equal("error", error?["type"]?.GetValue<string>());
        Assert.Equal("MAX_FIELDS_EXCEEDED", error?["payload"]?[0]?["extensions"]?["code"]?.GetValue<string>());
    }

    [Theory]
    [InlineData(800, "MAX_FIELD_MERGES_EXCEEDED")]
    [InlineData(1_500, "MAX_FIELDS_EXCEEDED")]
    public async Task RepeatedConflictingFieldsAreRefusedWithOneError(int count, string code)
    {
        var response = await Timed(client => client.PostAsync(HostileDocuments.RepeatedConnections(count)));
        Assert.Equal(code, response.FirstErrorCode);
        Assert.Single(response.Errors!);
    }

    [Fact]
    public async Task FiveThousandRepeatedFieldsAreRefused()
    {
        var response = await Timed(client => client.PostAsync(HostileDocuments.RepeatedTypename(5_000)));
        Assert.Equal("MAX_FIELDS_EXCEEDED", response.FirstErrorCode);
    }

    [Fact]
    public async Task AFewRepeatedFieldsStillMerge()
    {
        var response = await api.Client().PostAsync("{ orders(first: 1) { totalCount } orders(first: 1) { totalCount } ...More } fragment More on Query { orders(first: 1) { totalCount } }");
        Assert.Equal(2400, response.EnsureNoErrors().Data!["orders"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task AResponseHoldsAtMostAHundredErrors()
    {
        var response = await Timed(client => client.PostAsync(HostileDocuments.UnknownFields(1_000)));
        Assert.Equal(101, response.Errors!.Count);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", response.FirstErrorCode);
        Assert.Equal("MAX_ERRORS_EXCEEDED", response.Errors![100]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("900 more errors", response.Errors![100]!["message"]!.GetValue<string>());
    }

    /// <summary>Times one request to a server already started (the first client starts it and seeds its data).</summary>
    private async Task<GraphQLClient.GraphQLResponse> Timed(Func<GraphQLClient, Task<GraphQLClient.GraphQLResponse>> request)
    {
        var client = api.Client();
        (await client.PostAsync("{ __typename }")).EnsureNoErrors();
        var clock = Stopwatch.StartNew();
        var response = await request(client);
        Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed}");
        return response;
    }
}

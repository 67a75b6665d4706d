using System.Diagnostics;
using System.Runtime;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using BackOffice.Api.Common.Execution;
using BackOffice.Api.Security;
using BackOffice.Domain.Merchants;
using BackOffice.Infrastructure.Persistence;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Api.Warmup;

/// <summary>
/// Before the instance says ready: runs the dashboard's hot documents (<see cref="WarmupDocuments"/>) in process, the way
/// the HTTP transport does (request JSON read by the same serializer, the same request executor, the result written as JSON),
/// as a reader of the merchant with the latest order, until the JIT has promoted what they run (it compiled nothing for
/// <see cref="WarmupOptions.QuietPeriod"/>, after <see cref="WarmupOptions.MinRounds"/>) or <see cref="WarmupOptions.MaxDuration"/> passes. It only reads, and a document that fails is logged
/// and dropped: readiness waits for the warm-up, never on its success.
/// </summary>
public sealed partial class GraphQLWarmup(
    IServiceScopeFactory scopes, BackOfficeDbContextFactory contexts, GraphQLRequestExecutor requests, IGraphQLTextSerializer serializer,
    ApiKeyAuthenticator authenticator, WarmupState state, IOptions<WarmupOptions> options, ILogger<GraphQLWarmup> logger) : BackgroundService
{
    /// <summary>Tags the warm-up's own SQL (to tell it apart in a trace).</summary>
    public const string Tag = "warm-up";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            state.Finish("Warm-up is switched off (Warmup:Enabled=false).");
            return;
        }

        await Task.Yield(); // the host goes on starting while this runs
        var clock = Stopwatch.StartNew();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        deadline.CancelAfter(settings.MaxDuration);
        var executions = 0;
        var rounds = 0;
        var cut = false;
        var failed = new List<string>();
        try
        {
            var merchantId = await PickMerchantAsync(deadline.Token);
            if (merchantId is null)
            {
                state.Finish("No merchant yet: nothing to warm up.");
                return;
            }

            // The key lookup every request starts with (an unknown key: nothing is cached but that it is unknown, for seconds).
            await authenticator.AuthenticateAsync("warm-up-is-not-a-key", deadline.Token);
            var key = new AuthenticatedKey(ApiKeyId: 0, merchantId, ApiKeyRole.Read);
            var (first, _) = await ExecuteAsync(key, WarmupDocuments.Body(WarmupDocuments.FirstPage, null), deadline.Token);
            executions++;
            var (orderId, cursor) = FromFirstPage(first);
            var documents = WarmupDocuments.All(orderId ?? "", cursor).ToList();
            var compiled = JitInfo.GetCompiledMethodCount();
            var lastCompiled = clock.Elapsed;
            while (documents.Count > 0)
            {
                // Every document once per core, all at once: one request at a time left a core idle and took twice as
                // long to fill the JIT's call counts (a warm-up cut at 10 s had run 3,400 executions).
                var round = await Task.WhenAll(documents.SelectMany(d => Enumerable.Repeat(d, Environment.ProcessorCount))
                    .Select(async document => (Document: document, (await ExecuteAsync(key, document.Body, deadline.Token)).Error)));
                executions += round.Length;
                foreach (var (document, error) in round.Where(r => r.Error is not null).DistinctBy(r => r.Document.Name))
                {
                    LogDocumentFailed(document.Name, error!);
                    failed.Add(document.Name);
                    documents.Remove(document);
                }

                rounds++;
                var now = JitInfo.GetCompiledMethodCount();
                if (now != compiled)
                {
                    (compiled, lastCompiled) = (now, clock.Elapsed);
                }
                else if (rounds >= settings.MinRounds && clock.Elapsed - lastCompiled >= settings.QuietPeriod)
                {
                    break; // the JIT has had nothing new to compile for a while: what these documents run is optimized
                }
            }
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            cut = true; // MaxDuration passed: ready anyway, partly warm
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(e);
        }

        var outcome = $"Warm-up: {executions} executions in {rounds} rounds, {clock.ElapsedMilliseconds} ms{(cut ? " (cut at Warmup:MaxDuration)" : "")}"
            + $", {JitInfo.GetCompiledMethodCount()} methods compiled so far" + (failed.Count > 0 ? $"; failed and dropped: {string.Join(", ", failed)}" : "") + ".";
        LogDone(outcome);
        state.Finish(outcome);
    }

    /// <summary>The merchant of the latest order (the one with traffic, most likely), else any merchant.</summary>
    private async Task<string?> PickMerchantAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.Create(merchantId: null);
        return await db.Orders.IgnoreQueryFilters().TagWith(Tag).OrderByDescending(o => o.Id).Select(o => o.MerchantId).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Merchants.TagWith(Tag).OrderBy(m => m.MerchantId).Select(m => m.MerchantId).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>One request as GraphQLHttpMiddleware runs it; the response JSON, or the first error's message.</summary>
    private async Task<(byte[] Json, string? Error)> ExecuteAsync(AuthenticatedKey key, string body, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(body));
        var request = (await serializer.ReadAsync<GraphQLRequest>(input, cancellationToken))!;
        var result = await requests.ExecuteAsync(new GraphQLCall
        {
            Request = request,
            Key = key,
            Services = scope.ServiceProvider,
            Transport = GraphQLTransports.Warmup,
            Admitted = true, // the instance's own requests draw on no key's rate
            DrawsCostBudget = false, // nor on its cost budget
            User = new ClaimsPrincipal(),
            Cancellation = cancellationToken,
        });
        using var output = new MemoryStream();
        await serializer.WriteAsync(output, result, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested(); // a timed-out execution answers with an error rather than throwing
        return (output.ToArray(), result.Errors is [var error, ..] ? error.Message : null);
    }

    private static (string? OrderId, string? Cursor) FromFirstPage(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty("orders", out var orders) || orders.ValueKind != JsonValueKind.Object)
        {
            return (null, null);
        }

        var cursor = orders.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var nodes = orders.GetProperty("nodes");
        return (nodes.GetArrayLength() > 0 ? nodes[0].GetProperty("orderId").GetString() : null, cursor);
    }

    [LoggerMessage(LogLevel.Warning, "Warm-up document '{Document}' failed and is dropped: {Error}")]
    private partial void LogDocumentFailed(string document, string error);

    [LoggerMessage(LogLevel.Warning, "Warm-up stopped early; the instance starts partly warm")]
    private partial void LogFailed(Exception exception);

    [LoggerMessage(LogLevel.Information, "{Outcome}")]
    private partial void LogDone(string outcome);
}

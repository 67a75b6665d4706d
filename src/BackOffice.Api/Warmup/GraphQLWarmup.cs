using System.Diagnostics;
using System.Net.Http.Headers;
using System.Runtime;
using System.Text;
using System.Text.Json;
using BackOffice.Api.Security;
using BackOffice.Api.Transport.Http;
using BackOffice.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Api.Warmup;

/// <summary>
/// Before the instance says ready: sends the dashboard's hot documents (<see cref="WarmupDocuments"/>) to its own
/// <c>/graphql</c> over loopback once the server listens, so every layer a user's request crosses (Kestrel, the middleware,
/// authentication, the request reader, the executor, the response writer) is compiled and promoted by the JIT. It acts as a
/// reader of the merchant with the latest order, with a credential of its own (<see cref="ApiKeyAuthenticator.IssueWarmupCredential"/>)
/// revoked when it ends. It runs until the JIT compiled nothing for <see cref="WarmupOptions.QuietPeriod"/>, after
/// <see cref="WarmupOptions.MinRounds"/>, or <see cref="WarmupOptions.MaxDuration"/> passes. It only reads, and a document that
/// fails is logged and dropped: readiness waits for the warm-up, never on its success.
/// </summary>
public sealed partial class GraphQLWarmup(
    BackOfficeDbContextFactory contexts, ApiKeyAuthenticator authenticator, IServer server, IHostApplicationLifetime lifetime,
    WarmupState state, IOptions<WarmupOptions> options, ILogger<GraphQLWarmup> logger) : BackgroundService
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

        var clock = Stopwatch.StartNew();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        deadline.CancelAfter(settings.MaxDuration);
        var executions = 0;
        var rounds = 0;
        var cut = false;
        var failed = new List<string>();
        try
        {
            await ListeningAsync(deadline.Token); // the host goes on starting (the server binds its addresses) meanwhile
            if (OwnAddress() is not { } address)
            {
                var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
                state.Finish($"Warm-up skipped: the server listens on no address this process can reach over loopback ({string.Join(", ", addresses)}).");
                LogDone(state.Outcome!);
                return;
            }

            var merchantId = await PickMerchantAsync(deadline.Token);
            if (merchantId is null)
            {
                state.Finish("No merchant yet: nothing to warm up.");
                return;
            }

            // Revoked when the warm-up ends, however it ends; its lifetime bounds it should this method never get there.
            using var credential = authenticator.IssueWarmupCredential(merchantId, settings.MaxDuration);
            using var http = Client(address, credential, settings);
            var (first, _) = await SendAsync(http, WarmupDocuments.Body(WarmupDocuments.FirstPage, null), deadline.Token);
            executions++;
            var (orderId, cursor) = FromFirstPage(first);
            var documents = WarmupDocuments.All(orderId ?? "", cursor).ToList();
            var compiled = JitInfo.GetCompiledMethodCount();
            var lastCompiled = clock.Elapsed;
            while (documents.Count > 0)
            {
                // Every document on each connection, all at once: one request at a time left a core idle and took twice as
                // long to fill the JIT's call counts.
                var round = await Task.WhenAll(documents.SelectMany(d => Enumerable.Repeat(d, settings.Connections))
                    .Select(async document => (Document: document, (await SendAsync(http, document.Body, deadline.Token)).Error)));
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

        var outcome = $"Warm-up: {executions} executions in {rounds} rounds over HTTP, {clock.ElapsedMilliseconds} ms{(cut ? " (cut at Warmup:MaxDuration)" : "")}"
            + $", {JitInfo.GetCompiledMethodCount()} methods compiled so far" + (failed.Count > 0 ? $"; failed and dropped: {string.Join(", ", failed)}" : "") + ".";
        LogDone(outcome);
        state.Finish(outcome);
    }

    /// <summary>Returns once the server listens (the host has started), or throws when the host stops or the deadline passes first.</summary>
    private async Task ListeningAsync(CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Where this process reaches its own server over loopback (<see cref="LoopbackAddress"/>), plain HTTP first; none on the in-memory test server.</summary>
    private Uri? OwnAddress() =>
        (server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            .Select(LoopbackAddress.Of)
            .OfType<Uri>()
            .OrderBy(address => address.Scheme == Uri.UriSchemeHttp ? 0 : 1)
            .FirstOrDefault();

    private static HttpClient Client(Uri address, WarmupCredential credential, WarmupOptions settings)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = settings.Connections,
            UseProxy = false, // straight to this process: the credential never leaves the machine
            AllowAutoRedirect = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        if (address.Scheme == Uri.UriSchemeHttps)
        {
            // The certificate names the public host, not loopback; the other end is this process's own listener.
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        }

        var http = new HttpClient(handler) { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan }; // the deadline bounds it
        http.DefaultRequestHeaders.Add(ApiKeyAuthenticator.Header, credential.Secret);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaTypes.GraphQLResponse)); // as the portal's client asks
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaTypes.Json));
        return http;
    }

    /// <summary>The merchant of the latest order (the one with traffic, most likely), else any merchant.</summary>
    private async Task<string?> PickMerchantAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.Create(merchantId: null);
        return await db.Orders.IgnoreQueryFilters().TagWith(Tag).OrderByDescending(o => o.Id).Select(o => o.MerchantId).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Merchants.TagWith(Tag).OrderBy(m => m.MerchantId).Select(m => m.MerchantId).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>One request as a dashboard sends it; the response JSON, or its status and first error's message.</summary>
    private static async Task<(byte[] Json, string? Error)> SendAsync(HttpClient http, string body, CancellationToken cancellationToken)
    {
        using var content = new StringContent(body, Encoding.UTF8, MediaTypes.Json);
        using var response = await http.PostAsync("graphql", content, cancellationToken);
        var json = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var error = json.AsSpan().IndexOf("\"errors\""u8) >= 0 ? FirstError(json) : null;
        return (json, response.IsSuccessStatusCode && error is null ? null : $"{(int)response.StatusCode} {error}".TrimEnd());
    }

    private static string? FirstError(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0
                ? errors[0].TryGetProperty("message", out var message) ? message.GetString() : errors[0].GetRawText()
                : null;
        }
        catch (JsonException)
        {
            return "an answer that is not JSON";
        }
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

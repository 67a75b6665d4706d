using System.Globalization;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Common.Execution;
using BackOffice.Api.Security;
using BackOffice.Api.Telemetry;
using BackOffice.Api.Transport.Http;
using BackOffice.Api.Transport.Subscriptions;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;

namespace BackOffice.Api.Transport.ServerSentEvents;

/// <summary>
/// GraphQL over Server-Sent Events, graphql-sse's distinct connections mode: one request, one stream. A query or mutation
/// answers one <c>next</c> and <c>complete</c> (as HotChocolate does); a subscription joins its audience's shared execution
/// and streams its events until it completes, the client disconnects or the server stops. Errors found before execution
/// (validation, cost, rate) are a <c>next</c> with the errors, so a client reads them where it reads results.
/// The request was read and its key authenticated by <see cref="GraphQLHttpMiddleware"/>: a refused one never opens a stream.
/// </summary>
public sealed class GraphQLEventStreams(
    GraphQLRequestExecutor requests, SubscriptionAudiences audiences, StreamLimiter limiter, IGraphQLTextSerializer serializer,
    SendDeadlines sendDeadlines, IHostApplicationLifetime lifetime, IOptions<ServerSentEventsOptions> options, GraphQLMetrics metrics,
    ILogger<GraphQLEventStreams> logger)
{
    /// <summary>What an SSE client (EventSource on reconnect, or any client) sends to resume after the event it last received.</summary>
    public const string LastEventIdHeader = "Last-Event-ID";

    /// <summary>An SSE client's resume point: the <c>id:</c> of the last event it received, which is that event's sequence.</summary>
    public static bool TryReadLastEventId(HttpRequest request, out long? resumeAfter)
    {
        resumeAfter = null;
        var value = request.Headers[LastEventIdHeader].ToString();
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (long.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            resumeAfter = sequence;
            return true;
        }

        return false;
    }

    /// <summary>Runs the stream to its end; false, before writing anything, when the key has all its streams open.</summary>
    /// <param name="call">The request as plain HTTP would run it, with its <see cref="GraphQLCall.ResumeAfter"/> from <c>Last-Event-ID</c>.</param>
    public async Task<bool> TryRunAsync(HttpContext http, GraphQLCall call)
    {
        if (!limiter.TryAcquire(call.Key.ApiKeyId))
        {
            return false;
        }

        try
        {
            await RunAsync(http, call);
        }
        finally
        {
            limiter.Release(call.Key.ApiKeyId);
        }

        return true;
    }

    private async Task RunAsync(HttpContext http, GraphQLCall call)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = $"{MediaTypes.EventStream}; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no"; // nginx would otherwise hold events in its buffer

        // A stopping server ends its streams at once (without `complete`, so clients reconnect, to another instance).
        using var stream = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var writer = new EventStreamWriter(http, serializer, options.Value, sendDeadlines);
        using var aborted = writer.Aborted.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), stream);
        try
        {
            await response.StartAsync(stream.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            return;
        }

        writer.TryKeepAlive(); // the client sees the stream open before the first result
        var writing = writer.RunAsync(stream.Token);
        var keepingAlive = KeepAliveAsync(writer, stream.Token);
        call = call with { Cancellation = stream.Token };
        try
        {
            // A document named by hash or id: its text decides the audience.
            var (request, unresolved) = await requests.ResolveAsync(call);
            var audience = unresolved is null ? AudienceKey.Of(request, call.Key) : null;
            if (unresolved is not null)
            {
                Answer(writer, unresolved);
            }
            else if (audience is null)
            {
                Answer(writer, await requests.ExecuteAsync(call));
            }
            else
            {
                // EventSource can only GET: a subscription may, a mutation may not.
                await SubscribeAsync(writer, audience, call with { Request = request, QueryOnly = false }, writing);
            }
        }
        catch (OperationCanceledException) when (stream.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogError(e, "A GraphQL request over SSE failed");
            Answer(writer, Error(GraphQLErrorCodes.Internal, "An unexpected error occurred."));
        }

        await writing;
        await stream.CancelAsync();
        await keepingAlive;
    }

    /// <summary>Streams the audience's events until the subscription ends or the stream does; leaving the audience stops its execution if it was the last.</summary>
    private async Task SubscribeAsync(EventStreamWriter writer, AudienceKey key, GraphQLCall call, Task writing)
    {
        var (audience, membership) = audiences.Join(key, call, new StreamMember(writer, metrics));
        using (membership)
        {
            if (await audience.Started.WaitAsync(call.Cancellation) is { } refused)
            {
                Answer(writer, refused);
            }
            else
            {
                await requests.JoinedAsync(call);
            }

            await writing;
        }
    }

    private static void Answer(EventStreamWriter writer, ExecutionResult result)
    {
        if (writer.TryNext(result))
        {
            writer.Complete();
        }
    }

    private async Task KeepAliveAsync(EventStreamWriter writer, CancellationToken cancellationToken)
    {
        try
        {
            using var timer = new PeriodicTimer(options.Value.KeepAliveInterval);
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                writer.TryKeepAlive();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static ExecutionResult Error(string code, string message)
    {
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(message) { Code = code });
        return result;
    }

    /// <summary>This stream's side of a shared subscription: its own bounded queue, its own end.</summary>
    private sealed class StreamMember(EventStreamWriter writer, GraphQLMetrics metrics) : IAudienceMember
    {
        public string Protocol => GraphQLTransports.Sse;

        /// <summary>The event's sequence is its SSE <c>id:</c>, which the client sends back as <c>Last-Event-ID</c> to resume.</summary>
        public void Next(byte[] payload, long? sequence)
        {
            var open = !writer.Aborted.IsCancellationRequested;
            if (!writer.TryNext(payload, sequence) && open)
            {
                metrics.CountOverflow("stream"); // its queue is full: the writer cut the client off
            }
        }

        public void Failed(string code, string message) => Answer(writer, Error(code, message));

        public void Completed() => writer.Complete();
    }
}

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
    IHostApplicationLifetime lifetime, IOptions<ServerSentEventsOptions> options, GraphQLMetrics metrics, ILogger<GraphQLEventStreams> logger)
{
    /// <summary>Runs the stream to its end; false, before writing anything, when the key has all its streams open.</summary>
    public async Task<bool> TryRunAsync(HttpContext http, GraphQLRequest request, AuthenticatedKey key)
    {
        if (!limiter.TryAcquire(key.ApiKeyId))
        {
            return false;
        }

        try
        {
            await RunAsync(http, request, key);
        }
        finally
        {
            limiter.Release(key.ApiKeyId);
        }

        return true;
    }

    private async Task RunAsync(HttpContext http, GraphQLRequest request, AuthenticatedKey key)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = $"{MediaTypes.EventStream}; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no"; // nginx would otherwise hold events in its buffer

        // A stopping server ends its streams at once (without `complete`, so clients reconnect, to another instance).
        using var stream = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var writer = new EventStreamWriter(http, serializer, options.Value);
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
        var audience = AudienceKey.Of(request, key);
        var call = new GraphQLCall
        {
            Request = request,
            Key = key,
            Services = http.RequestServices,
            Transport = GraphQLTransports.Sse,
            QueryOnly = audience is null && HttpMethods.IsGet(http.Request.Method), // EventSource subscribes with GET
            Admitted = true, // RateLimitingMiddleware took this request's permit
            User = http.User,
            Cancellation = stream.Token,
        };
        try
        {
            if (audience is null)
            {
                Answer(writer, await requests.ExecuteAsync(call));
            }
            else
            {
                await SubscribeAsync(writer, audience, call, writing);
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

        public void Next(byte[] payload)
        {
            var open = !writer.Aborted.IsCancellationRequested;
            if (!writer.TryNext(payload) && open)
            {
                metrics.CountOverflow("stream"); // its queue is full: the writer cut the client off
            }
        }

        public void Failed(string code, string message) => Answer(writer, Error(code, message));

        public void Completed() => writer.Complete();
    }
}

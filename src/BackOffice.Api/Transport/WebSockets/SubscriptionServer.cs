using System.Text.Json;
using BackOffice.Api.Common.Diagnostics;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Common.Execution;
using BackOffice.Api.Security;
using BackOffice.Api.Transport.Subscriptions;
using BackOffice.Api.TrustedDocuments;
using GraphQL;
using GraphQL.Transport;

namespace BackOffice.Api.Transport.WebSockets;

/// <summary>
/// One socket's side of a GraphQL-over-WebSocket sub-protocol, fed the client's messages in order by its
/// <see cref="WebSocketConnection"/>. What both protocols share lives here: <c>connection_init</c> with the API key (and the
/// per-key socket limit), operations that run through <see cref="GraphQLRequestExecutor"/> (a query or mutation in its own DI
/// scope; a subscription joins its audience's shared execution), their answers, the init timeout and the keep-alive.
/// A subclass per sub-protocol reads its message types and names its own.
/// </summary>
public abstract class SubscriptionServer(WebSocketConnection connection, GraphQLWebSocketServices services) : IAsyncDisposable
{
    // Message types both protocols name alike.
    private const string ConnectionAck = "connection_ack";
    private const string Error = "error";
    private const string Complete = "complete";

    private AuthenticatedKey? _key;
    private IDisposable? _live;
    private Timer? _initDeadline;
    private int _initReceived;

    protected WebSocketConnection Connection => connection;

    protected OperationList Operations { get; } = new();

    /// <summary>The sub-protocol, as telemetry names it (<see cref="GraphQLTransports"/>).</summary>
    protected abstract string Transport { get; }

    /// <summary>The type of the message that carries a result: graphql-transport-ws's <c>next</c>, the legacy protocol's <c>data</c>.</summary>
    protected abstract JsonEncodedText ResultType { get; }

    protected abstract OperationMessage KeepAliveMessage { get; }

    /// <summary>The API key acknowledged on this socket; null until then.</summary>
    protected AuthenticatedKey? Key => Volatile.Read(ref _key);

    public void Start()
    {
        _live = services.Metrics.SocketOpened(Transport);

        // A timer that connection_init disarms, not a delay left pending: every socket's delay ran out ten seconds after it
        // opened, initialized or not, so a burst of 10,000 subscribers came back as 10,000 timer callbacks in the middle of
        // the events they were subscribed for.
        Volatile.Write(ref _initDeadline, new Timer(
            static server => _ = ((SubscriptionServer)server!).CloseUninitializedAsync(), this, services.Options.ConnectionInitWaitTimeout, Timeout.InfiniteTimeSpan));
        _ = KeepAlive.RunAsync(this, services.Options.KeepAliveInterval, connection.Lifetime);
    }

    /// <summary>The client's next message; null when it was not a message at all (not JSON, or fields of the wrong type).</summary>
    public abstract Task OnMessageAsync(OperationMessage? message);

    /// <summary>
    /// A protocol violation or a limit: closes the socket with <paramref name="closeCode"/> (<see cref="CloseCode"/>) and
    /// <paramref name="reason"/>, after the protocol's <see cref="Farewell"/> if it has one.
    /// </summary>
    public Task FailAsync(int closeCode, string errorCode, string reason) => connection.CloseAsync(closeCode, reason, Farewell(errorCode, reason));

    public void SendKeepAlive()
    {
        if (Key is not null)
        {
            connection.TrySend(KeepAliveMessage);
        }
    }

    /// <summary>The socket ended: every operation stops and the key's socket slot is free again.</summary>
    public async ValueTask DisposeAsync()
    {
        DisarmInitDeadline();
        await Operations.StopAllAsync();
        _live?.Dispose();
        if (Interlocked.Exchange(ref _key, null) is { } key)
        {
            services.Limiter.Release(key.ApiKeyId);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>The message that tells the client why its socket is being closed, where the protocol has one.</summary>
    protected virtual OperationMessage? Farewell(string errorCode, string reason) => null;

    /// <summary>Sends <c>connection_ack</c>; a protocol may follow it with more (the legacy one's first keep-alive).</summary>
    protected virtual void Acknowledge() => connection.TrySend(new OperationMessage { Type = ConnectionAck });

    protected async Task InitializeAsync(object? payload)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            await FailAsync(CloseCode.TooManyInitialisationRequests, GraphQLErrorCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        DisarmInitDeadline();

        var key = await services.Authenticator.AuthenticateAsync(
            ApiKeyFrom(payload) ?? connection.Http.Request.Headers[ApiKeyAuthenticator.Header].ToString(), connection.Lifetime);
        if (key is null)
        {
            await FailAsync(CloseCode.Forbidden, GraphQLErrorCodes.Forbidden, "Forbidden: send a valid X-Api-Key in the connection_init payload");
            return;
        }

        if (!services.Limiter.TryAcquire(key.ApiKeyId))
        {
            await FailAsync(CloseCode.PolicyViolation, GraphQLErrorCodes.TooManySockets, "Too many open sockets for this API key");
            return;
        }

        Volatile.Write(ref _key, key);
        Acknowledge();
    }

    /// <summary>
    /// Starts the operation the client sent (graphql-transport-ws's <c>subscribe</c>, the legacy <c>start</c>).
    /// <paramref name="replaceRunning"/>: an id already running is stopped and reused (legacy) rather than a violation (4409).
    /// </summary>
    protected async Task StartOperationAsync(OperationMessage message, bool replaceRunning)
    {
        if (Key is not { } key)
        {
            await FailAsync(CloseCode.Unauthorized, GraphQLErrorCodes.Unauthenticated, "Unauthorized");
            return;
        }

        GraphQLRequest? request = null;
        try
        {
            request = message.Payload is null ? null : services.Serializer.ReadNode<GraphQLRequest>(message.Payload);
        }
        catch (JsonException)
        {
        }

        if (string.IsNullOrEmpty(message.Id) || request is null
            || (string.IsNullOrEmpty(request.Query) && request.DocumentId is null && request.Extensions?.ContainsKey(DocumentResolver.PersistedQuery) != true))
        {
            await FailAsync(CloseCode.InvalidMessage, GraphQLErrorCodes.InvalidRequest, "Invalid message received");
            return;
        }

        if (replaceRunning)
        {
            await Operations.StopAsync(message.Id);
        }

        // Every operation costs a permit from the key's bucket, the one its HTTP requests draw from, even one that joins a running execution.
        if (services.Requests.Admit(Call(request, key, connection.Http.RequestServices, connection.Lifetime)) is { Errors: var refused })
        {
            connection.TrySend(new OperationMessage { Id = message.Id, Type = Error, Payload = refused });
            return;
        }

        // A document named by hash or id: its text decides the audience.
        (request, var unresolved) = await services.Requests.ResolveAsync(Call(request, key, connection.Http.RequestServices, connection.Lifetime));
        if (unresolved is { Errors: var errors })
        {
            connection.TrySend(new OperationMessage { Id = message.Id, Type = Error, Payload = errors });
            return;
        }

        // A subscription needs no scope of its own: it joins its audience's shared execution, which has one.
        var audience = AudienceKey.Of(request, key);
        var operation = new ActiveOperation(message.Id, audience is null ? OperationScope() : null, connection.Lifetime);
        if (!Operations.TryAdd(operation))
        {
            await operation.DisposeAsync();
            await FailAsync(CloseCode.SubscriberAlreadyExists, GraphQLErrorCodes.SubscriberAlreadyExists, $"Subscriber for {message.Id} already exists");
            return;
        }

        var max = services.Options.MaxSubscriptionsPerSocket;
        if (Operations.Count > max)
        {
            await EndAsync(operation, ErrorMessage(message.Id, "TOO_MANY_SUBSCRIPTIONS", $"A socket may run at most {max} operations at once; complete some first."));
            return;
        }

        _ = audience is null ? ExecuteAsync(operation, request, key) : JoinAsync(operation, audience, request, key);
    }

    private async Task ExecuteAsync(ActiveOperation operation, GraphQLRequest request, AuthenticatedKey key)
    {
        try
        {
            await AnswerAsync(operation, await services.Requests.ExecuteAsync(Call(request, key, operation.Services, operation.Token) with { Admitted = true }));
        }
        catch (OperationCanceledException) when (operation.Token.IsCancellationRequested)
        {
            await EndAsync(operation, null);
        }
        catch (Exception e)
        {
            services.Logger.LogError(e, "Operation {Id} on a WebSocket failed", operation.Id);
            await EndAsync(operation, ErrorMessage(operation.Id, GraphQLErrorCodes.Internal, "An unexpected error occurred."));
        }
    }

    /// <summary>A subscription: its events come from the audience's shared execution; a start that failed answers as a query would.</summary>
    private async Task JoinAsync(ActiveOperation operation, AudienceKey audienceKey, GraphQLRequest request, AuthenticatedKey key)
    {
        try
        {
            var call = Call(request, key, connection.Http.RequestServices, connection.Lifetime);
            var (audience, membership) = services.Audiences.Join(audienceKey, call, new Member(this, operation));
            operation.Attach(membership);
            if (await audience.Started.WaitAsync(operation.Token) is { } result)
            {
                await AnswerAsync(operation, result);
            }
            else
            {
                await services.Requests.JoinedAsync(call);
            }
        }
        catch (OperationCanceledException) when (operation.Token.IsCancellationRequested)
        {
            await EndAsync(operation, null);
        }
        catch (Exception e)
        {
            services.Logger.LogError(e, "Operation {Id} on a WebSocket failed", operation.Id);
            await EndAsync(operation, ErrorMessage(operation.Id, GraphQLErrorCodes.Internal, "An unexpected error occurred."));
        }
    }

    /// <summary>The one answer of a query, a mutation or a subscription that did not start: its errors, or its result and <c>complete</c>.</summary>
    private async Task AnswerAsync(ActiveOperation operation, ExecutionResult result)
    {
        if (!result.Executed)
        {
            await EndAsync(operation, new OperationMessage { Id = operation.Id, Type = Error, Payload = result.Errors });
        }
        else
        {
            Send(operation, new OperationMessage { Id = operation.Id, Type = ResultType.Value, Payload = result });
            await EndAsync(operation, new OperationMessage { Id = operation.Id, Type = Complete });
        }
    }

    private void Send(ActiveOperation operation, OperationMessage message)
    {
        if (!operation.IsDisposed && !connection.TrySend(message))
        {
            services.Metrics.CountOverflow("socket");
            _ = connection.CloseAsync(CloseCode.PolicyViolation, "The client is not reading its messages");
        }
    }

    private void SendResult(ActiveOperation operation, byte[] prefix, byte[] payload)
    {
        if (!operation.IsDisposed && !connection.TrySendResult(prefix, payload))
        {
            services.Metrics.CountOverflow("socket");
            _ = connection.CloseAsync(CloseCode.PolicyViolation, "The client is not reading its messages");
        }
    }

    /// <summary>Sends the operation's last message (if any) and forgets it.</summary>
    private async Task EndAsync(ActiveOperation operation, OperationMessage? last)
    {
        if (last is not null)
        {
            Send(operation, last);
        }

        Operations.Forget(operation);
        await operation.DisposeAsync();
    }

    private void DisarmInitDeadline() => Interlocked.Exchange(ref _initDeadline, null)?.Dispose();

    private async Task CloseUninitializedAsync()
    {
        DisarmInitDeadline();
        if (Volatile.Read(ref _initReceived) == 0 && !connection.Lifetime.IsCancellationRequested)
        {
            await FailAsync(CloseCode.ConnectionInitialisationTimeout, GraphQLErrorCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    private GraphQLCall Call(GraphQLRequest request, AuthenticatedKey key, IServiceProvider services, CancellationToken cancellation) => new()
    {
        Request = request,
        Key = key,
        Services = services,
        Transport = Transport,
        Cancellation = cancellation,
    };

    /// <summary>A query's or mutation's own scope, logged under the socket's correlation id.</summary>
    private AsyncServiceScope OperationScope()
    {
        var socketServices = connection.Http.RequestServices;
        var scope = socketServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().CorrelationId = socketServices.GetRequiredService<RequestContext>().CorrelationId;
        return scope;
    }

    private static string? ApiKeyFrom(object? payload)
    {
        if (payload is JsonElement { ValueKind: JsonValueKind.Object } element)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name.Equals(ApiKeyAuthenticator.Header, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
                {
                    return property.Value.GetString();
                }
            }
        }

        return null;
    }

    private static OperationMessage ErrorMessage(string id, string code, string message) =>
        new() { Id = id, Type = Error, Payload = new[] { new ExecutionError(message) { Code = code } } };

    /// <summary>This socket's side of a shared subscription: its own id, its own queue, its own end.</summary>
    private sealed class Member(SubscriptionServer server, ActiveOperation operation) : IAudienceMember
    {
        // The bytes before every event's payload on this operation, written once for all of its events.
        private readonly byte[] _resultPrefix = MessageWriter.ResultPrefix(operation.Id, server.ResultType);

        public string Protocol => server.Transport;

        public void Next(byte[] payload, long? sequence) => server.SendResult(operation, _resultPrefix, payload);

        public void Failed(string code, string message) => _ = server.EndAsync(operation, ErrorMessage(operation.Id, code, message));

        public void Completed() => _ = server.EndAsync(operation, new OperationMessage { Id = operation.Id, Type = Complete });
    }
}

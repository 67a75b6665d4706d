using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using BackOffice.Api.Common.Diagnostics;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Common.Execution;
using BackOffice.Api.Security;
using BackOffice.Api.Transport.Subscriptions;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;

namespace BackOffice.Api.Transport.WebSockets;

/// <summary>
/// One socket speaking graphql-transport-ws: <c>connection_init</c> with the API key, then any number of operations
/// (subscriptions, and queries and mutations too), all answered through one writer. A query or mutation runs in its own
/// DI scope; a subscription joins the shared execution of its audience (<see cref="SubscriptionAudiences"/>).
/// Every protocol violation closes the socket with the code the protocol names.
/// </summary>
public sealed class GraphQLWebSocketConnection(
    HttpContext http, WebSocket socket, IGraphQLTextSerializer serializer, GraphQLRequestExecutor requests,
    ApiKeyAuthenticator authenticator, StreamLimiter limiter, SubscriptionAudiences audiences,
    GraphQLWebSocketOptions options, ILogger logger)
{
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(2);
    private readonly ConcurrentDictionary<string, ActiveOperation> _operations = new();
    private readonly CancellationTokenSource _lifetime = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private readonly MessageWriter _writer = new(socket, serializer, options.SendQueueCapacity, options.SendTimeout);
    private AuthenticatedKey? _key;
    private int _initReceived;
    private int _slotReleased;

    public async Task RunAsync()
    {
        var writing = _writer.RunAsync(_lifetime.Token);

        // The writer gave up on a client that stopped reading: drop the TCP connection, which ends the receive loop below.
        var stuck = _writer.Aborted.UnsafeRegister(static state => ((HttpContext)state!).Abort(), http);

        // A stopping server says so at once instead of holding its shutdown until the host's timeout drops the socket.
        var stopping = http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.UnsafeRegister(
            static state => _ = ((GraphQLWebSocketConnection)state!).CloseAsync(CloseCode.GoingAway, "The server is shutting down; connect again"), this);
        _ = CloseUnlessInitializedAsync();
        _ = KeepAliveAsync();
        try
        {
            await ReceiveAsync();
        }
        finally
        {
            await _lifetime.CancelAsync();
            foreach (var operation in _operations.Values)
            {
                await operation.DisposeAsync();
            }

            if (_key is not null && Interlocked.Exchange(ref _slotReleased, 1) == 0)
            {
                limiter.Release(_key.ApiKeyId);
            }

            await _writer.CloseAsync(CloseCode.Normal, "");
            await writing;
            await stopping.DisposeAsync();
            await stuck.DisposeAsync(); // from here on Kestrel may reuse the HttpContext: nothing may abort it any more
        }
    }

    private async Task ReceiveAsync()
    {
        using var message = new MemoryStream();
        try
        {
            while (!_lifetime.IsCancellationRequested)
            {
                // An idle subscriber waits with a zero-byte read and holds no buffer: 10,000 sockets, 80 MB less.
                var received = await socket.ReceiveAsync(Memory<byte>.Empty, _lifetime.Token);
                if (received.MessageType != WebSocketMessageType.Close && !received.EndOfMessage)
                {
                    var buffer = ArrayPool<byte>.Shared.Rent(8192);
                    try
                    {
                        received = await socket.ReceiveAsync(buffer.AsMemory(), _lifetime.Token);
                        message.Write(buffer, 0, received.Count);
                    }
                    finally
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                    }
                }

                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                if (received.MessageType == WebSocketMessageType.Binary)
                {
                    await CloseAsync(CloseCode.InvalidMessage, "Invalid message received: binary frames are not supported");
                    continue;
                }

                if (message.Length > options.MaxMessageBytes)
                {
                    await CloseAsync(CloseCode.MessageTooBig, $"Message larger than {options.MaxMessageBytes} bytes");
                    message.SetLength(0);
                    continue;
                }

                if (received.EndOfMessage)
                {
                    var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                    message.SetLength(0);
                    await HandleAsync(text);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
        {
            // the client went away, we aborted it, or we closed and stopped waiting for its close frame
        }
    }

    private async Task HandleAsync(string text)
    {
        OperationMessage? message;
        try
        {
            message = serializer.Deserialize<OperationMessage>(text);
        }
        catch (JsonException)
        {
            message = null;
        }

        switch (message?.Type)
        {
            case MessageType.ConnectionInit:
                await InitializeAsync(message.Payload);
                break;
            case MessageType.Ping:
                _writer.TrySend(new OperationMessage { Type = MessageType.Pong });
                break;
            case MessageType.Pong:
                break;
            case MessageType.Subscribe:
                await SubscribeAsync(message);
                break;
            case MessageType.Complete when message.Id is not null:
                if (_operations.TryRemove(message.Id, out var operation))
                {
                    await operation.DisposeAsync();
                }

                break;
            default:
                await CloseAsync(CloseCode.InvalidMessage, "Invalid message received");
                break;
        }
    }

    private async Task InitializeAsync(object? payload)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            await CloseAsync(CloseCode.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        var key = await authenticator.AuthenticateAsync(ApiKeyFrom(payload) ?? http.Request.Headers[ApiKeyAuthenticator.Header].ToString(), _lifetime.Token);
        if (key is null)
        {
            await CloseAsync(CloseCode.Forbidden, "Forbidden: send a valid X-Api-Key in the connection_init payload");
            return;
        }

        if (!limiter.TryAcquire(key.ApiKeyId))
        {
            await CloseAsync(CloseCode.PolicyViolation, "Too many open sockets for this API key");
            return;
        }

        _key = key;
        _writer.TrySend(new OperationMessage { Type = MessageType.ConnectionAck });
    }

    private async Task SubscribeAsync(OperationMessage message)
    {
        if (_key is null)
        {
            await CloseAsync(CloseCode.Unauthorized, "Unauthorized");
            return;
        }

        GraphQLRequest? request = null;
        try
        {
            request = message.Payload is null ? null : serializer.ReadNode<GraphQLRequest>(message.Payload);
        }
        catch (JsonException)
        {
        }

        if (string.IsNullOrEmpty(message.Id) || string.IsNullOrEmpty(request?.Query))
        {
            await CloseAsync(CloseCode.InvalidMessage, "Invalid message received");
            return;
        }

        // Every operation costs a permit from the key's bucket, the one its HTTP requests draw from, even one that joins a running execution.
        if (requests.Admit(Call(request, http.RequestServices, _lifetime.Token)) is { Errors: var refused })
        {
            _writer.TrySend(new OperationMessage { Id = message.Id, Type = MessageType.Error, Payload = refused });
            return;
        }

        // A subscription needs no scope of its own: it joins its audience's shared execution, which has one.
        var audience = AudienceKey.Of(request, _key);
        var operation = new ActiveOperation(message.Id, audience is null ? OperationScope() : null, _lifetime.Token);
        if (!_operations.TryAdd(message.Id, operation))
        {
            await operation.DisposeAsync();
            await CloseAsync(CloseCode.SubscriberAlreadyExists, $"Subscriber for {message.Id} already exists");
            return;
        }

        if (_operations.Count > options.MaxSubscriptionsPerSocket)
        {
            await EndAsync(operation, Error(message.Id, "TOO_MANY_SUBSCRIPTIONS",
                $"A socket may run at most {options.MaxSubscriptionsPerSocket} operations at once; complete some first."));
            return;
        }

        _ = audience is null ? ExecuteAsync(operation, request) : JoinAsync(operation, audience, request);
    }

    private async Task ExecuteAsync(ActiveOperation operation, GraphQLRequest request)
    {
        try
        {
            await AnswerAsync(operation, await requests.ExecuteAsync(Call(request, operation.Services, operation.Token) with { Admitted = true }));
        }
        catch (OperationCanceledException) when (operation.Token.IsCancellationRequested)
        {
            await EndAsync(operation, null);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Operation {Id} on a WebSocket failed", operation.Id);
            await EndAsync(operation, Error(operation.Id, GraphQLErrorCodes.Internal, "An unexpected error occurred."));
        }
    }

    /// <summary>A subscription: its events come from the audience's shared execution; a start that failed answers as a query would.</summary>
    private async Task JoinAsync(ActiveOperation operation, AudienceKey key, GraphQLRequest request)
    {
        try
        {
            var (audience, membership) = audiences.Join(key, Call(request, http.RequestServices, _lifetime.Token), new SharedMember(this, operation));
            operation.Attach(membership);
            if (await audience.Started.WaitAsync(operation.Token) is { } result)
            {
                await AnswerAsync(operation, result);
            }
        }
        catch (OperationCanceledException) when (operation.Token.IsCancellationRequested)
        {
            await EndAsync(operation, null);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Operation {Id} on a WebSocket failed", operation.Id);
            await EndAsync(operation, Error(operation.Id, GraphQLErrorCodes.Internal, "An unexpected error occurred."));
        }
    }

    /// <summary>The one answer of a query, a mutation or a subscription that did not start: its errors, or its data and <c>complete</c>.</summary>
    private async Task AnswerAsync(ActiveOperation operation, ExecutionResult result)
    {
        if (!result.Executed)
        {
            await EndAsync(operation, new OperationMessage { Id = operation.Id, Type = MessageType.Error, Payload = result.Errors });
        }
        else
        {
            Send(operation, new OperationMessage { Id = operation.Id, Type = MessageType.Next, Payload = result });
            await EndAsync(operation, new OperationMessage { Id = operation.Id, Type = MessageType.Complete });
        }
    }

    private void Send(ActiveOperation operation, OperationMessage message)
    {
        if (!operation.IsDisposed && !_writer.TrySend(message))
        {
            _ = CloseAsync(CloseCode.PolicyViolation, "The client is not reading its messages");
        }
    }

    private void SendNext(ActiveOperation operation, byte[] payload)
    {
        if (!operation.IsDisposed && !_writer.TrySendNext(operation.Id, payload))
        {
            _ = CloseAsync(CloseCode.PolicyViolation, "The client is not reading its messages");
        }
    }

    /// <summary>Sends the operation's last message (if any) and forgets it.</summary>
    private async Task EndAsync(ActiveOperation operation, OperationMessage? last)
    {
        if (last is not null)
        {
            Send(operation, last);
        }

        if (_operations.TryGetValue(operation.Id, out var current) && ReferenceEquals(current, operation))
        {
            _operations.TryRemove(operation.Id, out _);
        }

        await operation.DisposeAsync();
    }

    private async Task CloseAsync(int code, string reason)
    {
        await _writer.CloseAsync(code, reason);
        _lifetime.CancelAfter(CloseGrace); // stop waiting for a client that never answers the close
    }

    private async Task CloseUnlessInitializedAsync()
    {
        try
        {
            await Task.Delay(options.ConnectionInitWaitTimeout, _lifetime.Token);
            if (Volatile.Read(ref _initReceived) == 0)
            {
                await CloseAsync(CloseCode.ConnectionInitialisationTimeout, "Connection initialisation timeout");
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task KeepAliveAsync()
    {
        try
        {
            using var timer = new PeriodicTimer(options.KeepAliveInterval);
            while (await timer.WaitForNextTickAsync(_lifetime.Token))
            {
                if (_key is not null)
                {
                    _writer.TrySend(new OperationMessage { Type = MessageType.Ping });
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private GraphQLCall Call(GraphQLRequest request, IServiceProvider services, CancellationToken cancellation) => new()
    {
        Request = request,
        Key = _key!,
        Services = services,
        Transport = GraphQLTransports.GraphQLTransportWs,
        Cancellation = cancellation,
    };

    /// <summary>A query's or mutation's own scope, logged under the socket's correlation id.</summary>
    private AsyncServiceScope OperationScope()
    {
        var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().CorrelationId = http.RequestServices.GetRequiredService<RequestContext>().CorrelationId;
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

    private static OperationMessage Error(string id, string code, string message) =>
        new() { Id = id, Type = MessageType.Error, Payload = new[] { new ExecutionError(message) { Code = code } } };

    /// <summary>This socket's side of a shared subscription: its own id, its own queue, its own end.</summary>
    private sealed class SharedMember(GraphQLWebSocketConnection connection, ActiveOperation operation) : IAudienceMember
    {
        public void Next(byte[] payload) => connection.SendNext(operation, payload);

        public void Failed(string code, string message) => _ = connection.EndAsync(operation, Error(operation.Id, code, message));

        public void Completed() => _ = connection.EndAsync(operation, new OperationMessage { Id = operation.Id, Type = MessageType.Complete });
    }
}

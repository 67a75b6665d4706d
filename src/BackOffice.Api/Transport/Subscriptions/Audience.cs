using System.Collections.Concurrent;
using System.Text;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Common.Execution;
using BackOffice.Api.Security;
using BackOffice.Infrastructure.Events;
using BackOffice.Infrastructure.Outbox;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;

namespace BackOffice.Api.Transport.Subscriptions;

/// <summary>
/// One subscription execution shared by every subscriber of its <see cref="AudienceKey"/>, in a DI scope of its own:
/// GraphQL.NET's stream is subscribed once, so each event is executed once and serialized once, and the same bytes go to
/// every member's socket: sent at once when it is idle, queued when it is busy. Each socket keeps its own bounded queue and
/// send deadline: a slow one is closed alone and delays no one.
/// </summary>
public sealed class Audience : IObserver<ExecutionResult>
{
    private readonly ConcurrentDictionary<IAudienceMember, byte> _members = new();
    private readonly TaskCompletionSource<ExecutionResult?> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _cancel = new();
    private readonly SubscriptionAudiences _owner;
    private readonly AsyncServiceScope _scope;
    private readonly IGraphQLTextSerializer _serializer;
    private IDisposable? _stream;
    private int _disposed;

    internal Audience(SubscriptionAudiences owner, AudienceKey key, AsyncServiceScope scope, IGraphQLTextSerializer serializer)
    {
        _owner = owner;
        Key = key;
        _scope = scope;
        _serializer = serializer;
    }

    public AudienceKey Key { get; }

    /// <summary>Completes once the shared execution ran: null when its stream is listening, else the result every member answers with (errors).</summary>
    public Task<ExecutionResult?> Started => _started.Task;

    public int MemberCount => _members.Count;

    public bool IsListening => _started.Task is { IsCompletedSuccessfully: true, Result: null } && Volatile.Read(ref _disposed) == 0;

    internal void Add(IAudienceMember member) => _members.TryAdd(member, 0);

    internal void Remove(IAudienceMember member) => _members.TryRemove(member, out _);

    /// <summary>Runs the subscription once, as the first member's key (the others share its merchant and role).</summary>
    internal async Task StartAsync(GraphQLRequestExecutor requests, GraphQLCall call)
    {
        try
        {
            var result = await requests.ExecuteAsync(call with { Services = _scope.ServiceProvider, Cancellation = _cancel.Token, Admitted = true });

            if (result.Executed && result.Streams is { Count: > 0 } streams)
            {
                Attach(streams.Values.Single().Subscribe(this));
                _started.TrySetResult(null);
                return;
            }

            _owner.Retire(this); // a failed start is not kept: the next subscriber tries again
            _started.TrySetResult(result);
        }
        catch (Exception e)
        {
            _owner.Retire(this);
            _started.TrySetException(e);
        }
    }

    public void OnNext(ExecutionResult value)
    {
        var payload = Encoding.UTF8.GetBytes(_serializer.Serialize(value));
        var sequence = EventSequence.Of(value);
        foreach (var (member, _) in _members)
        {
            member.Next(payload, sequence);
        }

        _owner.CountExecution(SourceEvent(value));
    }

    /// <summary>The event a subscription result was executed for: the source of its one root field.</summary>
    private static OperationEventContract? SourceEvent(ExecutionResult result) =>
        result.Data is ObjectExecutionNode { SubFields: [var field, ..] } ? field.Source as OperationEventContract : null;

    public void OnError(Exception error)
    {
        _owner.Retire(this);
        var overflow = error as SubscriberOverflowException ?? error.InnerException as SubscriberOverflowException;
        if (overflow is not null)
        {
            _owner.CountOverflows(_members.Count);
        }

        foreach (var (member, _) in _members)
        {
            if (overflow is null)
            {
                member.Failed(GraphQLErrorCodes.Internal, "The event stream failed; subscribe again.");
            }
            else
            {
                member.Failed("SUBSCRIPTION_OVERFLOW", overflow.Message); // the shared execution fell behind the events
            }
        }
    }

    public void OnCompleted()
    {
        _owner.Retire(this);
        foreach (var (member, _) in _members)
        {
            member.Completed();
        }
    }

    /// <summary>Stops the stream (its hub subscriber) and frees the scope; called when the last member left.</summary>
    internal void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Interlocked.Exchange(ref _stream, null)?.Dispose();
        _cancel.Cancel();
        _ = DisposeScopeAsync();
    }

    private void Attach(IDisposable stream)
    {
        Volatile.Write(ref _stream, stream);
        if (Volatile.Read(ref _disposed) == 1)
        {
            Interlocked.Exchange(ref _stream, null)?.Dispose(); // everyone left while it started
        }
    }

    private async Task DisposeScopeAsync()
    {
        await Task.Yield(); // not on the thread of the member that left last (it may be an event's)
        await _scope.DisposeAsync();
    }
}

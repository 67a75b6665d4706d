using BackOffice.Api.Common.Execution;
using BackOffice.Api.Telemetry;
using BackOffice.Infrastructure.Outbox;
using GraphQL;

namespace BackOffice.Api.Transport.Subscriptions;

/// <summary>
/// This instance's shared subscription executions, one per <see cref="AudienceKey"/>: the first subscriber of a key starts
/// one, later ones join it, the last one leaving disposes it. With 10,000 dashboards on one subscription an event is
/// executed once, not 10,000 times.
/// </summary>
public sealed class SubscriptionAudiences(
    IServiceScopeFactory scopes, GraphQLRequestExecutor requests, IGraphQLTextSerializer serializer, GraphQLMetrics metrics, TimeProvider time)
{
    private readonly Dictionary<AudienceKey, Audience> _audiences = [];
    private readonly HashSet<Audience> _alone = []; // resumed subscriptions: counted, never joined
    private readonly Lock _gate = new();
    private long _executions;

    /// <summary>Events executed for shared subscriptions: one per event and audience, however many members it has.</summary>
    public long Executions => Interlocked.Read(ref _executions);

    /// <summary>Subscribers whose shared execution is listening for events (every one of them receives the next event).</summary>
    public int ListeningMembers
    {
        get
        {
            lock (_gate)
            {
                return _audiences.Values.Concat(_alone).Where(a => a.IsListening).Sum(a => a.MemberCount);
            }
        }
    }

    /// <summary>
    /// Adds <paramref name="member"/> to the audience of <paramref name="key"/>, starting its execution if it is the first
    /// (as <paramref name="call"/>, already admitted, in the audience's own scope).
    /// Disposing the returned membership leaves it. Await <see cref="Audience.Started"/> for the outcome of the start.
    /// A resumed subscription (an <c>after</c> argument, or <see cref="GraphQLCall.ResumeAfter"/> from the transport) runs alone
    /// in an audience of its own, never shared: its replay is its own, and a member joining a running execution would
    /// receive neither that replay nor its own. Resumes are reconnects, rare next to the live subscribers that do share.
    /// </summary>
    public (Audience Audience, IDisposable Membership) Join(AudienceKey key, GraphQLCall call, IAudienceMember member)
    {
        var alone = key.Resumes || call.ResumeAfter is not null;
        Audience? audience = null;
        bool first;
        lock (_gate)
        {
            first = alone || !_audiences.TryGetValue(key, out audience);
            if (audience is null)
            {
                audience = new Audience(this, key, scopes.CreateAsyncScope(), serializer);
                if (alone)
                {
                    _alone.Add(audience);
                }
                else
                {
                    _audiences.Add(key, audience);
                }
            }

            audience.Add(member); // before the start: the first member gets every event from the moment it is listening
        }

        if (first)
        {
            _ = audience.StartAsync(requests, call);
        }

        return (audience, new Membership(this, audience, member, metrics.SubscriptionStarted(member.Protocol)));
    }

    /// <summary>An event executed for an audience: one more execution, and its commit-to-socket latency.</summary>
    internal void CountExecution(OperationEventContract? source)
    {
        Interlocked.Increment(ref _executions);
        if (source is not null)
        {
            metrics.RecordDelivery(time.GetUtcNow().UtcDateTime - source.OccurredAt);
        }
    }

    /// <summary>Members cut off because the shared execution fell behind the events.</summary>
    internal void CountOverflows(int members)
    {
        for (var i = 0; i < members; i++)
        {
            metrics.CountOverflow("subscription");
        }
    }

    /// <summary>An audience that ended (or failed to start) takes no new members; the ones it has leave as they finish.</summary>
    internal void Retire(Audience audience)
    {
        lock (_gate)
        {
            _alone.Remove(audience);
            if (_audiences.TryGetValue(audience.Key, out var current) && ReferenceEquals(current, audience))
            {
                _audiences.Remove(audience.Key);
            }
        }
    }

    private void Leave(Audience audience, IAudienceMember member)
    {
        bool last;
        lock (_gate)
        {
            audience.Remove(member);
            last = audience.MemberCount == 0;
            if (last)
            {
                _alone.Remove(audience);
            }

            if (last && _audiences.TryGetValue(audience.Key, out var current) && ReferenceEquals(current, audience))
            {
                _audiences.Remove(audience.Key);
            }
        }

        if (last)
        {
            audience.Dispose();
        }
    }

    private sealed class Membership(SubscriptionAudiences owner, Audience audience, IAudienceMember member, IDisposable live) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
            {
                live.Dispose();
                owner.Leave(audience, member);
            }
        }
    }
}

using System.Text.Json.Nodes;
using BackOffice.Api.Tests.Support;

namespace BackOffice.Api.Tests.Realtime;

/// <summary>Reads every <c>next</c> of a socket in the background, so a test can wait for what it expects.</summary>
public sealed class EventCollector : IAsyncDisposable
{
    private readonly GraphQLWebSocketClient _client;
    private readonly List<JsonNode> _events = [];
    private readonly List<JsonNode> _messages = [];
    private readonly Task _reading;

    public EventCollector(GraphQLWebSocketClient client)
    {
        _client = client;
        _reading = Task.Run(async () =>
        {
            while (await client.ReceiveAsync(TimeSpan.FromMinutes(5)) is { } message)
            {
                lock (_messages)
                {
                    _messages.Add(message);
                }

                if (message["type"]?.GetValue<string>() == "next" && message["payload"]?["data"] is JsonObject)
                {
                    lock (_events)
                    {
                        _events.Add(message["payload"]!["data"]!.AsObject().Single().Value!);
                    }
                }
            }
        });
    }

    public IReadOnlyList<JsonNode> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>Every message received, whole (a <c>next</c> with its <c>extensions</c>, an <c>error</c>, a <c>complete</c>).</summary>
    public IReadOnlyList<JsonNode> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>The <c>extensions.sequence</c> of each event received, in order.</summary>
    public IReadOnlyList<long> Sequences =>
        [.. Messages.Where(m => m["type"]?.GetValue<string>() == "next").Select(m => m["payload"]!["extensions"]!["sequence"]!.GetValue<long>())];

    /// <summary>The <c>extensions.code</c> of the first error received (an <c>error</c> message or a <c>next</c> carrying errors).</summary>
    public async Task<string?> ErrorCodeAsync(TimeSpan? wait = null)
    {
        await WaitForMessageAsync(m => m["type"]?.GetValue<string>() is "error" or "complete", wait ?? TimeSpan.FromSeconds(20));
        var answer = Messages.FirstOrDefault(m => m["type"]?.GetValue<string>() is "error" or "next");
        var errors = answer?["payload"] is JsonArray array ? array : answer?["payload"]?["errors"] as JsonArray;
        return errors?.FirstOrDefault()?["extensions"]?["code"]?.GetValue<string>();
    }

    private async Task WaitForMessageAsync(Func<JsonNode, bool> wanted, TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        while (DateTime.UtcNow < deadline && !Messages.Any(wanted))
        {
            await Task.Delay(50);
        }
    }

    public async Task<IReadOnlyList<JsonNode>> WaitForAsync(Func<IReadOnlyList<JsonNode>, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline && !done(Events))
        {
            await Task.Delay(50);
        }

        return Events;
    }

    public async ValueTask DisposeAsync()
    {
        await _client.DisposeAsync();
        await Task.WhenAny(_reading, Task.Delay(2000));
    }
}

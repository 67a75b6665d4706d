using System.Text.Json.Nodes;
using BackOffice.Api.Tests.Support;

namespace BackOffice.Api.Tests.Realtime;

/// <summary>Reads every <c>next</c> of a socket in the background, so a test can wait for what it expects.</summary>
public sealed class EventCollector : IAsyncDisposable
{
    private readonly GraphQLWebSocketClient _client;
    private readonly List<JsonNode> _events = [];
    private readonly Task _reading;

    public EventCollector(GraphQLWebSocketClient client)
    {
        _client = client;
        _reading = Task.Run(async () =>
        {
            while (await client.ReceiveAsync(TimeSpan.FromMinutes(5)) is { } message)
            {
                if (message["type"]?.GetValue<string>() == "next")
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

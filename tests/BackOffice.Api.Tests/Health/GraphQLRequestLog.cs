using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace BackOffice.Api.Tests.Health;

/// <summary>Every request to <c>/graphql</c> as the front of the server's pipeline saw it: its peer and key, and how the pipeline answered.</summary>
public sealed class GraphQLRequestLog : IStartupFilter
{
    public ConcurrentQueue<(IPAddress? Peer, string ApiKey, int Status, string? ContentType)> Requests { get; } = new();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, inner) =>
        {
            await inner(context);
            if (context.Request.Path.StartsWithSegments("/graphql"))
            {
                Requests.Enqueue((context.Connection.RemoteIpAddress, context.Request.Headers["X-Api-Key"].ToString(), context.Response.StatusCode, context.Response.ContentType));
            }
        });
        next(app);
    };
}

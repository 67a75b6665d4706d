using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Net.Http.Json;
using BackOffice.Api.Telemetry;
using BackOffice.Api.Tests.Mutations;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Telemetry;
using OpenTelemetry.Trace;

namespace BackOffice.Api.Tests.Telemetry;

/// <summary>A trace shows a request, the database commands it ran and the publication of its events, under its correlation id.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class TraceTests
{
    private const string EntityFramework = "OpenTelemetry.Instrumentation.EntityFrameworkCore";

    [Fact]
    public async Task AMutationsSpanHoldsItsDatabaseCommandsAndThePublicationOfItsEvents()
    {
        var spans = new Spans();
        using var api = new ApiFactory
        {
            Settings = new Dictionary<string, string> { ["Telemetry:Tracing:Enabled"] = "true" },
            TestServices = services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)),
        };
        var (paymentId, _) = await MutationScenario.PaymentOfAsync(api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR");
        var query = MutationScenario.Refund.Replace("mutation(", "mutation RefundForTrace(", StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query,
                variables = new { input = new { operationId = paymentId, amount = 100, currency = "EUR", idempotencyKey = MutationScenario.Key() } },
            }),
        };
        request.Headers.Add("X-Correlation-Id", "trace-me-42");
        (await api.Client("demo-operator-key").SendAsync(request)).EnsureNoErrors();

        var publications = await EventuallyAsync(() => spans.Snapshot().Where(s => s.Source.Name == BackOfficeTelemetry.OutboxSourceName).ToList());
        var all = spans.Snapshot();
        var graphQL = Assert.Single(all, s => s.Source.Name == BackOfficeTelemetry.GraphQLSourceName
            && (string?)s.GetTagItem(BackOfficeTelemetry.CorrelationIdAttribute) == "trace-me-42");
        Assert.Equal("mutation RefundForTrace", graphQL.DisplayName);
        Assert.Equal("mutation", graphQL.GetTagItem("graphql.operation.type"));
        Assert.Equal("RefundForTrace", graphQL.GetTagItem("graphql.operation.name"));
        Assert.Equal(DocumentHash.Of(query), graphQL.GetTagItem("graphql.document.hash"));
        Assert.Equal("trace-me-42", graphQL.GetTagItem(BackOfficeTelemetry.CorrelationIdAttribute));

        // The commands the mutation ran, among them the outbox insert, are its children.
        var commands = all.Where(s => s.Source.Name == EntityFramework && s.ParentSpanId == graphQL.SpanId).ToList();
        Assert.NotEmpty(commands);
        Assert.Contains(commands, c => (c.GetTagItem("db.query.text") ?? c.GetTagItem("db.statement"))?.ToString()?.Contains("OutboxEvents", StringComparison.Ordinal) == true);

        // Each event was published later, by the dispatcher, still within the request's trace and under its correlation id.
        Assert.All(publications, p =>
        {
            Assert.Equal(graphQL.TraceId, p.TraceId);
            Assert.Equal(graphQL.SpanId, p.ParentSpanId);
            Assert.Equal("trace-me-42", p.GetTagItem(BackOfficeTelemetry.CorrelationIdAttribute));
            Assert.Equal(ActivityKind.Producer, p.Kind);
        });

        // The dispatcher's polling is not traced: every database span belongs to a request or a publication.
        Assert.DoesNotContain(spans.Snapshot(), s => s.Source.Name == EntityFramework && s.ParentSpanId == default);
    }

    private static async Task<List<Activity>> EventuallyAsync(Func<List<Activity>> found)
    {
        for (var i = 0; i < 100 && found().Count == 0; i++)
        {
            await Task.Delay(100);
        }

        var spans = found();
        Assert.NotEmpty(spans);
        return spans;
    }

    /// <summary>The exporter adds from the threads that end spans; the test reads a copy.</summary>
    private sealed class Spans : Collection<Activity>
    {
        private readonly Lock _gate = new();

        public List<Activity> Snapshot()
        {
            lock (_gate)
            {
                return [.. this];
            }
        }

        protected override void InsertItem(int index, Activity item)
        {
            lock (_gate)
            {
                base.InsertItem(index, item);
            }
        }
    }
}

namespace BackOffice.Api.Common.Diagnostics;

/// <summary>Per request: the correlation id that ties a client's report to our log lines.</summary>
public sealed class RequestContext
{
    public string CorrelationId { get; set; } = Guid.NewGuid().ToString("N");
}

using BackOffice.Api.Common.Diagnostics;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Security;
using BackOffice.Api.Telemetry;
using GraphQL;
using GraphQL.Types;

namespace BackOffice.Api.Common.Execution;

/// <summary>
/// The one way a GraphQL request runs, whatever carried it (HTTP, SSE, either socket protocol, a batch, the shared
/// execution of a subscription): the key's rate-limit permit, the tenant signed in on the request's scope, GraphQL.NET's
/// executer with this server's options, and the correlation id on the answer. Transports only read requests and write answers.
/// </summary>
public sealed class GraphQLRequestExecutor(IDocumentExecuter<ISchema> executer, ApiRateLimiter rateLimiter, GraphQLRequestTelemetry telemetry)
{
    /// <summary>
    /// Null when the call may run; else the answer that refuses it (its key is over the request rate).
    /// A transport calls this itself only where it admits a request that may not execute (a subscriber joining a shared execution).
    /// </summary>
    public ExecutionResult? Admit(GraphQLCall call)
    {
        if (call.Admitted || rateLimiter.TryAcquire(ApiRateLimiter.ForKey(call.Key), out var seconds))
        {
            return null;
        }

        var refusal = new ExecutionResult { Executed = false };
        refusal.AddError(new ExecutionError($"Too many requests for this API key; retry after {seconds} s.") { Code = GraphQLErrorCodes.RateLimited }
            .AddExtension("retryAfter", seconds));
        return WithCorrelationId(refusal, call);
    }

    /// <summary>Runs the call, observed (its span, duration and errors) unless it is the instance's own warm-up, which no user sent.</summary>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLCall call)
    {
        if (call.Transport == GraphQLTransports.Warmup)
        {
            return await RunAsync(call);
        }

        var correlationId = call.Services.GetRequiredService<RequestContext>().CorrelationId;
        using var observation = telemetry.Start(call.Request.Query, call.Request.OperationName, documentHash: null, correlationId, call.Transport);
        try
        {
            var result = await RunAsync(call);
            observation.Complete(result);
            return result;
        }
        catch (Exception e)
        {
            observation.Failed(e);
            throw;
        }
    }

    private async Task<ExecutionResult> RunAsync(GraphQLCall call)
    {
        if (Admit(call) is { } refusal)
        {
            return refusal;
        }

        call.Services.GetRequiredService<RequestTenant>().SignIn(call.Key);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = call.Request.Query,
            OperationName = call.Request.OperationName,
            Variables = call.Request.Variables,
            Extensions = call.Request.Extensions,
            RequestServices = call.Services,
            User = call.User,
            UserContext = new GraphQLUserContext { QueryOnly = call.QueryOnly },
            CancellationToken = call.Cancellation,
        });
        return WithCorrelationId(result, call);
    }

    private static ExecutionResult WithCorrelationId(ExecutionResult result, GraphQLCall call)
    {
        result.Extensions ??= new Dictionary<string, object?>();
        result.Extensions["correlationId"] = call.Services.GetRequiredService<RequestContext>().CorrelationId;
        return result;
    }
}

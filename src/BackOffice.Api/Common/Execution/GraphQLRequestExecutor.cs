using BackOffice.Api.Common.Cost;
using BackOffice.Api.Common.Diagnostics;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Security;
using BackOffice.Api.Telemetry;
using BackOffice.Api.TrustedDocuments;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;

namespace BackOffice.Api.Common.Execution;

/// <summary>
/// The one way a GraphQL request runs, whatever carried it (HTTP, SSE, either socket protocol, a batch, the shared
/// execution of a subscription): the key's rate-limit permit, the document a request names by hash or id (and the
/// persisted-only rule), the tenant signed in on the request's scope, GraphQL.NET's executer with this server's options,
/// the key's cost budget drawn once the operation is priced and before it runs, the price in
/// <c>extensions.operationCost</c> when the call asks (<see cref="CostMode"/>), and the correlation id on the answer.
/// Transports only read requests and write answers.
/// </summary>
public sealed class GraphQLRequestExecutor(
    IDocumentExecuter<ISchema> executer, ApiRateLimiter rateLimiter, CostBudget costBudget, GraphQLRequestTelemetry telemetry,
    DocumentResolver documents, RegisteredDocumentStore registered)
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

        return Refusal(new ExecutionError($"Too many requests for this API key; retry after {seconds} s.") { Code = GraphQLErrorCodes.RateLimited }
            .AddExtension("retryAfter", seconds), call);
    }

    /// <summary>
    /// The request with the text of the document it names (by hash or id), or the answer that refuses it (unknown, a hash
    /// that is not its text's, an ad-hoc document from a persisted-only key). A transport calls this itself only where it
    /// needs the text before executing (a subscription joins the audience of its text); executing resolves again, at no cost.
    /// </summary>
    public async Task<(GraphQLRequest Request, ExecutionResult? Refusal)> ResolveAsync(GraphQLCall call)
    {
        var resolution = await documents.ResolveAsync(call.Request, call.Key, call.Cancellation);
        return (resolution.Request, resolution.Error is { } error ? Refusal(error, call) : null);
    }

    /// <summary>Runs the call, observed (its span, duration and errors) unless it is the instance's own warm-up, which no user sent.</summary>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLCall call)
    {
        if (call.Transport == GraphQLTransports.Warmup)
        {
            return await RunAsync(call);
        }

        var correlationId = call.Services.GetRequiredService<RequestContext>().CorrelationId;
        using var observation = telemetry.Start(
            call.Request.Query, call.Request.OperationName, DocumentResolver.NamedHash(call.Request), correlationId, call.Transport);
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

        var document = await documents.ResolveAsync(call.Request, call.Key, call.Cancellation);
        if (document.Error is { } error)
        {
            return Refusal(error, call);
        }

        var request = document.Request;
        call.Services.GetRequiredService<RequestTenant>().SignIn(call.Key);
        var userContext = new GraphQLUserContext
        {
            QueryOnly = call.QueryOnly,
            ResumeAfter = call.ResumeAfter,
            CostMode = call.CostMode,
            AdmitCost = call.DrawsCostBudget ? cost => costBudget.TryDraw(call.Key, cost) : null,
        };
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = call.Services,
            User = call.User,
            UserContext = userContext,
            CancellationToken = call.Cancellation,
        });
        if (result.Executed && document.Registers is { } hash)
        {
            // Only a document that parsed and validated is kept: the table holds documents that run.
            await registered.RegisterAsync(call.Key.MerchantId, call.Key.ApiKeyId, hash, request.Query!, call.Cancellation);
        }

        // The cost gate stopped both before any resolver ran, yet GraphQL.NET marks every valid operation executed.
        if (call.CostMode == CostMode.Validate && result.Errors is not { Count: > 0 })
        {
            result = new ExecutionResult { Executed = false }; // HotChocolate's answer to validate: the price alone, no data
        }
        else if (result.Errors?.Any(e => e.Code == GraphQLErrorCodes.CostBudgetExceeded) == true)
        {
            result.Executed = false; // a request error (429 over HTTP), with no data
        }

        if (call.CostMode != CostMode.Enforce && userContext.Cost is { } cost)
        {
            result.Extensions ??= new Dictionary<string, object?>();
            // Introspection lists are priced by average lengths: round away the float noise of their sums (4011.9999999999995).
            result.Extensions["operationCost"] = new Dictionary<string, object?>
            {
                ["fieldCost"] = Math.Round(cost.FieldCost, 3), ["typeCost"] = Math.Round(cost.TypeCost, 3),
            };
        }

        return WithCorrelationId(result, call);
    }

    /// <summary>
    /// A subscriber that joined a running execution of the same text: that document validated when the execution
    /// started, so one sent with its hash to register is registered here, as executing it would have.
    /// </summary>
    public async Task JoinedAsync(GraphQLCall call)
    {
        if (call.Request.Extensions?.ContainsKey(DocumentResolver.PersistedQuery) == true
            && await documents.ResolveAsync(call.Request, call.Key, call.Cancellation) is { Registers: { } hash, Request.Query: { } text })
        {
            await registered.RegisterAsync(call.Key.MerchantId, call.Key.ApiKeyId, hash, text, call.Cancellation);
        }
    }

    private static ExecutionResult Refusal(ExecutionError error, GraphQLCall call)
    {
        var refusal = new ExecutionResult { Executed = false };
        refusal.AddError(error);
        return WithCorrelationId(refusal, call);
    }

    private static ExecutionResult WithCorrelationId(ExecutionResult result, GraphQLCall call)
    {
        result.Extensions ??= new Dictionary<string, object?>();
        result.Extensions["correlationId"] = call.Services.GetRequiredService<RequestContext>().CorrelationId;
        return result;
    }
}

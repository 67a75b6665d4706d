using BackOffice.Api.Common.Execution;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace BackOffice.Api.Common.Cost;

/// <summary>
/// The last step between a priced, valid operation and its resolvers: <c>GraphQL-Cost: validate</c> stops here (no resolver
/// runs, nothing is written), and the request's cost is drawn from its key's budget here (<see cref="GraphQLUserContext.AdmitCost"/>,
/// set by the request executor), so a refused request has run nothing either. Wraps the strategies GraphQL.NET would choose.
/// </summary>
public sealed class CostGate(IEnumerable<ExecutionStrategyRegistration> registrations) : IExecutionStrategySelector
{
    private readonly DefaultExecutionStrategySelector _strategies = new(registrations);

    public IExecutionStrategy Select(ExecutionContext context) => new Gated(_strategies.Select(context));

    private sealed class Gated(IExecutionStrategy strategy) : IExecutionStrategy
    {
        public Task<ExecutionResult> ExecuteAsync(ExecutionContext context)
        {
            if (context.UserContext is GraphQLUserContext user)
            {
                if (user.CostMode == CostMode.Validate)
                {
                    return Task.FromResult(new ExecutionResult { Executed = false });
                }

                if (user.Cost is { } cost && user.AdmitCost?.Invoke(cost) is { } refusal)
                {
                    var refused = new ExecutionResult { Executed = false };
                    refused.AddError(refusal);
                    return Task.FromResult(refused);
                }
            }

            return strategy.ExecuteAsync(context);
        }

        public Task ExecuteNodeTreeAsync(ExecutionContext context, ExecutionNode rootNode) => strategy.ExecuteNodeTreeAsync(context, rootNode);

        public Dictionary<string, (GraphQLField field, FieldType fieldType)>? GetSubFields(ExecutionContext executionContext, ExecutionNode executionNode) =>
            strategy.GetSubFields(executionContext, executionNode);
    }
}

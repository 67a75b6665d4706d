using BackOffice.Api.Telemetry;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace BackOffice.Api.Common.Execution;

/// <summary>GraphQL.NET's complexity rule, priced by <see cref="QueryCost"/>; a request it refuses is counted as a cost refusal.</summary>
public sealed class CostLimitRule(ComplexityOptions options) : ComplexityValidationRule(options)
{
    protected override async ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        var errors = context.Errors.Count();
        await base.ValidateComplexityAsync(context, totalComplexity, maxDepth);
        if (context.Errors.Count() > errors)
        {
            context.RequestServices?.GetService<GraphQLMetrics>()?.CountCostRefusal();
        }
    }
}

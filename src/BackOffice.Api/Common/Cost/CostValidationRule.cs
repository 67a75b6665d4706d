using System.Globalization;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Common.Execution;
using BackOffice.Api.Telemetry;
using GraphQL;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace BackOffice.Api.Common.Cost;

/// <summary>
/// Prices the operation once its variables are coerced (<see cref="CostAnalyzer"/>), keeps the price on the request's
/// <see cref="GraphQLUserContext"/> for the report and the budget, and refuses what is over <see cref="GraphQLLimits"/>
/// before anything runs. <c>GraphQL-Cost: validate</c> is answered with the price, over the limits too, as HotChocolate does.
/// </summary>
public sealed class CostValidationRule(IOptions<GraphQLLimits> options) : ValidationRuleBase
{
    private readonly GraphQLLimits _limits = options.Value;

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        var analyzer = new CostAnalyzer(context);
        var cost = analyzer.Analyze();
        var user = context.UserContext as GraphQLUserContext;
        if (user is not null)
        {
            user.Cost = cost;
        }

        if (analyzer.Depth > _limits.MaxDepth)
        {
            Refuse(context, GraphQLErrorCodes.MaxExecutionDepthExceeded,
                $"The operation is nested {analyzer.Depth} fields deep; at most {_limits.MaxDepth} are allowed.",
                ("depth", analyzer.Depth), ("maxDepth", _limits.MaxDepth));
        }
        else if (analyzer.SlicingError is { } slicing)
        {
            context.ReportError(slicing);
        }
        else if (user?.CostMode != CostMode.Validate && cost.FieldCost > _limits.MaxFieldCost)
        {
            RefuseCost(context, GraphQLErrorCodes.MaxFieldCostExceeded,
                $"The maximum allowed field cost was exceeded: the operation costs {Number(cost.FieldCost)}, at most {Number(_limits.MaxFieldCost)} is allowed. "
                + "Ask for fewer rows (first/last), fewer counts or fewer aliases.",
                ("fieldCost", cost.FieldCost), ("maxFieldCost", _limits.MaxFieldCost));
        }
        else if (user?.CostMode != CostMode.Validate && cost.TypeCost > _limits.MaxTypeCost)
        {
            RefuseCost(context, GraphQLErrorCodes.MaxTypeCostExceeded,
                $"The maximum allowed type cost was exceeded: the operation may return {Number(cost.TypeCost)} objects, at most {Number(_limits.MaxTypeCost)} are allowed. "
                + "Ask for fewer rows (first/last) or nest fewer lists.",
                ("typeCost", cost.TypeCost), ("maxTypeCost", _limits.MaxTypeCost));
        }

        return default;
    }

    private static void RefuseCost(ValidationContext context, string code, string message, params (string Key, object Value)[] extensions)
    {
        context.RequestServices?.GetService<GraphQLMetrics>()?.CountCostRefusal();
        Refuse(context, code, message, extensions);
    }

    private static void Refuse(ValidationContext context, string code, string message, params (string Key, object Value)[] extensions)
    {
        var error = new ValidationError(context.Document.Source, null, message, context.Operation) { Code = code };
        foreach (var (key, value) in extensions)
        {
            error.AddExtension(key, value);
        }

        context.ReportError(error);
    }

    private static string Number(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

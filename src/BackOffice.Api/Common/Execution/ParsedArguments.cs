using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace BackOffice.Api.Common.Execution;

/// <summary>
/// The arguments and directives of an operation that declares no variables, parsed once: they cannot change between
/// requests, so a cached document that has no rule left to run (see <see cref="DocumentCache"/>) skips the validator's
/// walk of the document altogether. Kept on the parsed operation, which the document cache reuses and the GC frees
/// with it. Each request gets its own copy of the maps, which the executer may add merged fields to.
/// </summary>
public static class ParsedArguments
{
    private static readonly ConditionalWeakTable<GraphQLOperationDefinition, IValidationResult> Parsed = [];

    /// <summary>The known values when nothing is left to validate: no rule, no variable declared or sent.</summary>
    public static IValidationResult? Known(in ValidationOptions options) =>
        options.Rules is { } rules && !rules.Any() && IsConstant(options) && Parsed.TryGetValue(options.Operation, out var known)
            ? Copy(known)
            : null;

    public static void Remember(in ValidationOptions options, IValidationResult result)
    {
        if (result.IsValid && IsConstant(options))
        {
            Parsed.AddOrUpdate(options.Operation, result);
        }
    }

    private static bool IsConstant(in ValidationOptions options) =>
        options.Operation.Variables is null or { Items.Count: 0 } && options.Variables.Count == 0;

    private static ValidationResult Copy(IValidationResult known) => new()
    {
        Variables = known.Variables,
        ArgumentValues = known.ArgumentValues is { } arguments ? new Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>(arguments) : null,
        DirectiveValues = known.DirectiveValues is { } directives ? new Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>(directives) : null,
    };
}

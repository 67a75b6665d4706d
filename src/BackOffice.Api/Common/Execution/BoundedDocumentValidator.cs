using BackOffice.Api.Common.Errors;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace BackOffice.Api.Common.Execution;

/// <summary>
/// GraphQL.NET's validation behind a size check: a document whose expansion or field merging is over
/// <see cref="GraphQLLimits"/> is refused before any rule (or the executer's field collection) expands it, so validation
/// costs what the document weighs, not what it expands to. Also caps the errors of one response, and drops the
/// "Did you mean …?" suggestions that would name fields while introspection is off. A cached document with nothing left to
/// check has its arguments parsed by <see cref="ParsedArguments"/>.
/// </summary>
public sealed class BoundedDocumentValidator(IOptions<GraphQLLimits> limits, IntrospectionSwitch introspection) : IDocumentValidator
{
    private const string Suggestion = " Did you mean";
    private readonly DocumentValidator _rules = new();
    private readonly GraphQLLimits _limits = limits.Value;

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (ParsedArguments.Parse(options) is { } parsed)
        {
            return parsed;
        }

        var size = DocumentSize.Measure(options.Document, options.Operation);
        if (size.Fields > _limits.MaxFields)
        {
            return Refuse(options, GraphQLErrorCodes.MaxFieldsExceeded,
                $"The operation has {Count(size.Fields)} fields once its fragments are expanded; at most {Count(_limits.MaxFields)} are allowed.");
        }

        if (size.FieldMerges > _limits.MaxFieldMerges)
        {
            return Refuse(options, GraphQLErrorCodes.MaxFieldMergesExceeded,
                $"The document repeats field names so often that merging them takes {Count(size.FieldMerges)} comparisons; at most "
                + $"{Count(_limits.MaxFieldMerges)} are allowed. Give repeated fields distinct aliases.");
        }

        return CappedAsync(_rules.ValidateAsync(options), options);
    }

    private async Task<IValidationResult> CappedAsync(Task<IValidationResult> validation, ValidationOptions options)
    {
        var result = await validation;
        await ParsedArguments.RememberAsync(options, result);
        if (result.IsValid || (result.Errors.Count <= _limits.MaxErrors && introspection.Enabled))
        {
            return result;
        }

        var errors = result.Errors.OfType<ValidationError>().Take(_limits.MaxErrors).Select(WithoutSuggestion).ToList();
        if (result.Errors.Count > _limits.MaxErrors)
        {
            errors.Add(new ValidationError($"{result.Errors.Count - _limits.MaxErrors} more errors are not shown; fix these first.")
            {
                Code = GraphQLErrorCodes.MaxErrorsExceeded,
            });
        }

        return new ValidationResult(errors)
        {
            Variables = result.Variables,
            ArgumentValues = result.ArgumentValues,
            DirectiveValues = result.DirectiveValues,
        };

        ValidationError WithoutSuggestion(ValidationError error) =>
            introspection.Enabled || error.Message.IndexOf(Suggestion, StringComparison.Ordinal) is not (> 0 and var at)
                ? error
                : new ValidationError(options.Document.Source, error.Number, error.Message[..at], [.. error.Nodes]) { Code = error.Code };
    }

    private static Task<IValidationResult> Refuse(in ValidationOptions options, string code, string message) =>
        Task.FromResult<IValidationResult>(new ValidationResult(
            new ValidationError(options.Document.Source, null, message, options.Operation) { Code = code }));

    private static string Count(long value) => value >= long.MaxValue / 4 ? "more than 10^18" : value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}

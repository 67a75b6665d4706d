using System.Collections;
using System.Globalization;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace BackOffice.Api.Common.Cost;

/// <summary>Applies <c>@cost</c> and <c>@listSize</c> to a field (so the SDL shows them) and reads them back for the analyzer.</summary>
public static class CostFieldExtensions
{
    public static FieldBuilder<TSource, TReturn> WithCost<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, double weight)
    {
        field.FieldType.ApplyCost(weight);
        return field;
    }

    public static FieldBuilder<TSource, TReturn> WithListSize<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int? assumedSize = null,
        string[]? slicingArguments = null, string[]? sizedFields = null, bool requireOneSlicingArgument = true)
    {
        field.FieldType.ApplyDirective(ListSizeDirective.DirectiveName, directive =>
        {
            if (assumedSize is { } size)
            {
                directive.AddArgument(new DirectiveArgument(ListSizeDirective.AssumedSize) { Value = size });
            }

            if (slicingArguments is not null)
            {
                directive.AddArgument(new DirectiveArgument(ListSizeDirective.SlicingArguments) { Value = slicingArguments });
                directive.AddArgument(new DirectiveArgument(ListSizeDirective.RequireOneSlicingArgument) { Value = requireOneSlicingArgument });
            }

            if (sizedFields is not null)
            {
                directive.AddArgument(new DirectiveArgument(ListSizeDirective.SizedFields) { Value = sizedFields });
            }
        });
        return field;
    }

    public static void ApplyCost(this IMetadataWriter element, double weight) =>
        element.ApplyDirective(CostDirective.DirectiveName, CostDirective.Weight, weight.ToString(CultureInfo.InvariantCulture));

    /// <summary>The <c>@cost</c> weight applied to a field or type, if any.</summary>
    public static double? CostWeight(this IMetadataReader element) =>
        element.FindAppliedDirective(CostDirective.DirectiveName)?.FindArgument(CostDirective.Weight)?.Value is string weight
            ? double.Parse(weight, NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;

    /// <summary>The field's <c>@listSize</c>, if any.</summary>
    public static ListSize? ListSizeOf(this FieldType field)
    {
        if (field.FindAppliedDirective(ListSizeDirective.DirectiveName) is not { } directive)
        {
            return null;
        }

        return new ListSize(
            directive.FindArgument(ListSizeDirective.AssumedSize)?.Value is int size ? size : null,
            Strings(directive.FindArgument(ListSizeDirective.SlicingArguments)?.Value),
            Strings(directive.FindArgument(ListSizeDirective.SizedFields)?.Value),
            directive.FindArgument(ListSizeDirective.RequireOneSlicingArgument)?.Value is not false);

        static string[] Strings(object? value) => value is IEnumerable items and not string ? [.. items.Cast<object>().Select(i => i.ToString()!)] : [];
    }
}

namespace BackOffice.Api.Common.Cost;

/// <summary>A field's <c>@listSize</c> arguments.</summary>
public sealed record ListSize(int? AssumedSize, string[] SlicingArguments, string[] SizedFields, bool RequireOneSlicingArgument);

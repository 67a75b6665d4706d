namespace BackOffice.Api.Common.Cost;

/// <summary>
/// HotChocolate's two measures of an operation (<c>extensions.operationCost</c>): <see cref="FieldCost"/>, the work of
/// resolving it, and <see cref="TypeCost"/>, the objects it may return.
/// </summary>
public sealed record CostMetrics(double FieldCost, double TypeCost);

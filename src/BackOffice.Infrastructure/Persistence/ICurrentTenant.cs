namespace BackOffice.Infrastructure.Persistence;

/// <summary>The merchant the current request acts for; null when unauthenticated (then no tenant data is visible).</summary>
public interface ICurrentTenant
{
    string? MerchantId { get; }
}

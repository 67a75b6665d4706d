namespace BackOffice.Api.Common.Listing;

/// <summary>How a field filters: which operation input type it gets and which operators it has.</summary>
public enum FieldKind
{
    String,
    Long,
    Int,
    DateTime,
    Enum,
}

namespace BackOffice.Domain.Contracts;

public enum ContractType
{
    /// <summary>OneClick: the customer is present and starts the payment.</summary>
    Cit,

    /// <summary>Recurring at a fixed frequency.</summary>
    MitScheduled,

    /// <summary>Started by the merchant at irregular times.</summary>
    MitUnscheduled,
}

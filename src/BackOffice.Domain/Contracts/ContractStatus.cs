namespace BackOffice.Domain.Contracts;

public enum ContractStatus
{
    Active,
    Deactivated,
}

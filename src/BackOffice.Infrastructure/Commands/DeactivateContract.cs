using BackOffice.Domain.Contracts;

namespace BackOffice.Infrastructure.Commands;

/// <summary>Deactivate a stored card for good.</summary>
public sealed record DeactivateContract(string ContractId) : ICommand<Contract>;

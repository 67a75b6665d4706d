namespace BackOffice.Domain.Common;

/// <summary>A business refusal: a stable <see cref="Code"/> for programs and a message that tells a person what to do next.</summary>
public abstract record DomainError(string Code, string Message);

public sealed record NotFoundError(string Message) : DomainError("NOT_FOUND", Message);

public sealed record InvalidAmountError(string Message) : DomainError("INVALID_AMOUNT", Message);

public sealed record CurrencyMismatchError(string Message) : DomainError("CURRENCY_MISMATCH", Message);

public sealed record AmountExceedsAvailableError(string Message, long Available) : DomainError("AMOUNT_EXCEEDS_AVAILABLE", Message);

public sealed record InvalidOperationStateError(string Message) : DomainError("INVALID_OPERATION_STATE", Message);

public sealed record ContractAlreadyDeactivatedError(string Message) : DomainError("CONTRACT_ALREADY_DEACTIVATED", Message);

public sealed record IdempotencyKeyReusedError(string Message) : DomainError("IDEMPOTENCY_KEY_REUSED", Message);

public sealed record InvalidInputError(string Message, string Field) : DomainError("INVALID_INPUT", Message);

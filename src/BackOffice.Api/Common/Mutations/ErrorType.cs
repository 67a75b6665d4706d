using BackOffice.Domain.Common;
using GraphQL.Types;

namespace BackOffice.Api.Common.Mutations;

/// <summary>A domain error as a GraphQL type named after it (<c>NotFoundError</c>, …), implementing <c>Error</c>.</summary>
public class ErrorType<TError> : ObjectGraphType<TError> where TError : DomainError
{
    public ErrorType()
    {
        Name = typeof(TError).Name;
        Interface<ErrorInterface>();
        IsTypeOf = error => error is TError;
        Field(e => e.Message);
        Field(e => e.Code);
    }
}

public sealed class NotFoundErrorType : ErrorType<NotFoundError>;

public sealed class InvalidAmountErrorType : ErrorType<InvalidAmountError>;

public sealed class CurrencyMismatchErrorType : ErrorType<CurrencyMismatchError>;

public sealed class InvalidOperationStateErrorType : ErrorType<InvalidOperationStateError>;

public sealed class ContractAlreadyDeactivatedErrorType : ErrorType<ContractAlreadyDeactivatedError>;

public sealed class IdempotencyKeyReusedErrorType : ErrorType<IdempotencyKeyReusedError>;

public sealed class AmountExceedsAvailableErrorType : ErrorType<AmountExceedsAvailableError>
{
    public AmountExceedsAvailableErrorType()
    {
        Field(e => e.Available).Description("What is still available, in the order's minor units.");
    }
}

public sealed class InvalidInputErrorType : ErrorType<InvalidInputError>
{
    public InvalidInputErrorType()
    {
        Field(e => e.Field).Description("The input field at fault.");
    }
}

namespace BackOffice.Api.Rest;

/// <summary>
/// The gateway's error codes where one exists, and ours (<c>BO…</c>) beyond them. README.md lists what each means.
/// </summary>
public static class GatewayCodes
{
    public const string CancelNotAllowedForMethod = "PS0001";
    public const string CancelNotSameDay = "PS0002";
    public const string InvalidContract = "PS0017";
    public const string OperationVoided = "PS0022";
    public const string OperationAlreadyExecuted = "PS0023";
    public const string OperationRefunded = "PS0024";
    public const string InvalidIdempotencyKey = "PS0025";
    public const string InvalidParameter = "PS0026";
    public const string AmountExceedsCaptured = "PS0029";

    public const string Unauthorized = "BO0401";
    public const string Forbidden = "BO0403";
    public const string NotFound = "BO0404";
    public const string MethodNotAllowed = "BO0405";
    public const string RateLimited = "BO0429";
    public const string InternalError = "BO0500";
    public const string IdempotencyKeyReused = "BO0001";
    public const string OperationStateRefused = "BO0002";
    public const string CurrencyMismatch = "BO0003";
    public const string AmountExceedsAuthorized = "BO0004";
}

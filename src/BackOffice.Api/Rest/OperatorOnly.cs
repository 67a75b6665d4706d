namespace BackOffice.Api.Rest;

/// <summary>
/// Marks a write: only an operator key may call it. <see cref="RestAuthenticationMiddleware"/> checks it right after the
/// key, before the endpoint binds its body, so a read-only key gets 403 whatever it sent (an endpoint filter would run
/// after binding, and an unreadable body would answer 400 first).
/// </summary>
public sealed class OperatorOnly
{
    public static readonly OperatorOnly Metadata = new();

    private OperatorOnly()
    {
    }
}

public static class OperatorOnlyConventions
{
    public static TBuilder RequireOperator<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(OperatorOnly.Metadata).ProducesErrors(StatusCodes.Status403Forbidden);
}

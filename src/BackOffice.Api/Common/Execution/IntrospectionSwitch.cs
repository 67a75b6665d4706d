namespace BackOffice.Api.Common.Execution;

/// <summary><c>GraphQL:Introspection:Enabled</c>: whether clients may read the schema (<c>__schema</c>, <c>__type</c>,
/// <c>?sdl</c>, suggestions in error messages). Production may turn it off.</summary>
public sealed record IntrospectionSwitch(bool Enabled)
{
    public const string Key = "GraphQL:Introspection:Enabled";

    public static IntrospectionSwitch From(IConfiguration configuration) => new(configuration.GetValue(Key, true));
}

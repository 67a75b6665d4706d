using System.Reflection;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace BackOffice.Api.Common.Execution;

/// <summary>Fields built from a member access (<c>Field(o =&gt; o.Amount)</c>), which read that member of their source and nothing else.</summary>
public static class MemberFields
{
    /// <summary>GraphQL.NET's metadata on a field built from a member expression: the member's name.</summary>
    private const string MemberNameKey = "ORIGINAL_EXPRESSION_PROPERTY_NAME";

    /// <summary>GraphQL.NET's expression resolver over a plain member access: it needs no resolve-context accessor.</summary>
    public static bool ReadsAMember(FieldType field) =>
        field.Resolver is IRequiresResolveFieldContextAccessor { RequiresResolveFieldContextAccessor: false } resolver
        && resolver.GetType() is { IsGenericType: true } resolverType
        && resolverType.GetGenericTypeDefinition() == typeof(ExpressionFieldResolver<,>);

    /// <summary>The property the field reads of its own source type (the resolver's), or null when it is not such a field.</summary>
    public static PropertyInfo? Property(FieldType field) => SourceType(field) is { } sourceType ? PropertyOf(field, sourceType) : null;

    /// <summary>The property of <paramref name="sourceType"/> the field reads, or null when it is not such a field.</summary>
    public static PropertyInfo? Property(FieldType field, Type sourceType) => SourceType(field) == sourceType ? PropertyOf(field, sourceType) : null;

    /// <summary>The type a member-reading field's resolver reads from; null for any other field.</summary>
    private static Type? SourceType(FieldType field) => ReadsAMember(field) ? field.Resolver!.GetType().GetGenericArguments()[0] : null;

    private static PropertyInfo? PropertyOf(FieldType field, Type sourceType) =>
        field.GetMetadata<string>(MemberNameKey) is { } name ? sourceType.GetProperty(name) : null;
}

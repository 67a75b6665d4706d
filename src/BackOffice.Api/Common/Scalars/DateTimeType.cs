using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace BackOffice.Api.Common.Scalars;

/// <summary>
/// HotChocolate's <c>DateTime</c>: ISO-8601 with an offset, required on input (as HC 14 does) so that a time is
/// never guessed; always printed in UTC to the millisecond, which is how it is stored.
/// </summary>
public sealed class DateTimeType : ScalarGraphType
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public DateTimeType()
    {
        Name = "DateTime";
        Description = "The `DateTime` scalar represents an ISO-8601 compliant date time type.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => Parse((string)s.Value),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        string s => Parse(s),
        DateTime d => d.ToUniversalTime(),
        DateTimeOffset d => d.UtcDateTime,
        null => null,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        DateTime d => DateTime.SpecifyKind(d, DateTimeKind.Utc).ToString(Format, CultureInfo.InvariantCulture),
        DateTimeOffset d => d.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture),
        null => null,
        _ => ThrowSerializationError(value),
    };

    private static DateTime Parse(string text)
    {
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        if (!hasOffset || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            throw new FormatException($"'{text}' is not an ISO-8601 date time with an offset, e.g. 2026-11-24T09:30:00Z.");
        }

        return parsed.UtcDateTime;
    }
}

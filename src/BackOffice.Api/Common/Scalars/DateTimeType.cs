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
        DateTime d => Print(d),
        DateTimeOffset d => Print(d.UtcDateTime),
        null => null,
        _ => ThrowSerializationError(value),
    };

    /// <summary>
    /// <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>, digit by digit: a page of 50 orders prints 100 of these, and the custom-format
    /// parser of <c>DateTime.ToString</c> took 1 % of a page's CPU.
    /// </summary>
    public static string Print(DateTime time) => string.Create(24, time, static (text, t) =>
    {
        Digits(text[..4], t.Year);
        text[4] = '-';
        Digits(text[5..7], t.Month);
        text[7] = '-';
        Digits(text[8..10], t.Day);
        text[10] = 'T';
        Digits(text[11..13], t.Hour);
        text[13] = ':';
        Digits(text[14..16], t.Minute);
        text[16] = ':';
        Digits(text[17..19], t.Second);
        text[19] = '.';
        Digits(text[20..23], t.Millisecond);
        text[23] = 'Z';
    });

    private static void Digits(Span<char> text, int value)
    {
        for (var i = text.Length - 1; i >= 0; i--, value /= 10)
        {
            text[i] = (char)('0' + value % 10);
        }
    }

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

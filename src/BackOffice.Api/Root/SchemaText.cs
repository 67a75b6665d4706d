using GraphQL;
using GraphQL.Types;

namespace BackOffice.Api.Root;

/// <summary>The schema as the server prints it (<c>GET /graphql?sdl</c>), with LF line ends and one final newline: the text of
/// <c>schema/schema.graphql</c>.</summary>
public static class SchemaText
{
    public static string Of(ISchema schema) => schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
}

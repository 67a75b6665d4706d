using System.Text;

namespace BackOffice.Domain.Common;

/// <summary>Enum values as the public contract spells them: <c>DeniedByRisk</c> → <c>DENIED_BY_RISK</c>.</summary>
public static class ConstantCase
{
    public static string Of<T>(T value) where T : struct, Enum => Of(value.ToString());

    public static string Of(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]) && !char.IsUpper(pascal[i - 1]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(pascal[i]));
        }

        return builder.ToString();
    }
}

using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BackOffice.Infrastructure.Commands;

namespace BackOffice.Api.Tests.Commands;

/// <summary>The fingerprint taken from the command record is, byte for byte, the one recorded before the record existed.</summary>
public sealed class CommandFingerprintTests
{
    public static TheoryData<string?> Descriptions => new(null, "", "\u2400", "Damaged \"on\" arrival <è>", "a\u001fb");

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void TheHashIsTheCanonicalJsonOfTheNameAndTheFieldsInOrder(string? description)
    {
        var expected = "v2:" + Base64Url.EncodeToString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(
            new object?[] { "refundOperation", "123", 100L, "EUR", description })));

        Assert.Equal(expected, CommandFingerprint.Of("refundOperation", new RefundOperation("123", 100, "EUR", description)));
    }

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void TheLegacyHashIsTheJoinedText(string? description)
    {
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('\u001f', "refundOperation", "123", "100", "EUR", description ?? "\u2400"))));

        Assert.Equal(expected, CommandFingerprint.Legacy("refundOperation", new RefundOperation("123", 100, "EUR", description)));
    }

    [Fact]
    public void NoDescriptionAndTheSymbolForNullHashApart() =>
        Assert.NotEqual(
            CommandFingerprint.Of("cancelOperation", new CancelOperation("123", null)),
            CommandFingerprint.Of("cancelOperation", new CancelOperation("123", "\u2400")));
}

using System.Security.Cryptography;

namespace Portal.Core.Content;

/// <summary>26-character, URL-safe, time-ordered ids for content items and versions.</summary>
public static class IdGenerator
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        var time = (ulong)DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        for (var i = 5; i >= 0; i--)
        {
            bytes[i] = (byte)(time & 0xff);
            time >>= 8;
        }

        RandomNumberGenerator.Fill(bytes[6..]);
        Span<char> chars = stackalloc char[26];
        var buffer = new UInt128(BitConverter.ToUInt64(Reverse(bytes[..8])), BitConverter.ToUInt64(Reverse(bytes[8..])));
        for (var i = 25; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(buffer & 31)];
            buffer >>= 5;
        }

        return new string(chars);
    }

    private static byte[] Reverse(ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(copy);
        }

        return copy;
    }
}

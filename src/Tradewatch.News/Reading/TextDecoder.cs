using System.Text;
using System.Text.RegularExpressions;

namespace Tradewatch.News.Reading;

/// <summary>Text decoded from bytes, with the encoding used and how many bytes could not be decoded.</summary>
public sealed record DecodedText(string Text, string EncodingName, int ReplacedBytes);

/// <summary>
/// Decodes a file's bytes: a byte-order mark wins, then an HTML meta charset, else UTF-8.
/// Bytes that are invalid in the chosen encoding become U+FFFD and are counted.
/// </summary>
public static partial class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, bool lookForMetaCharset)
    {
        var (encoding, bomLength) = FromByteOrderMark(bytes);
        if (encoding is null && lookForMetaCharset)
        {
            encoding = FromMetaCharset(bytes);
        }

        encoding ??= Encoding.UTF8;
        var counter = new CountingFallback();
        var strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, counter);
        // One decoding pass: Encoding.GetString counts characters first and would call the fallback twice.
        var body = bytes[bomLength..];
        var chars = new char[strict.GetMaxCharCount(body.Length)];
        var length = strict.GetDecoder().GetChars(body, chars, flush: true);
        return new DecodedText(new string(chars, 0, length), encoding.WebName, counter.Count);
    }

    private static (Encoding? Encoding, int BomLength) FromByteOrderMark(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        {
            return (Encoding.UTF32, 4);
        }

        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4);
        }

        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        {
            return (Encoding.UTF8, 3);
        }

        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        {
            return (Encoding.Unicode, 2);
        }

        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        return (null, 0);
    }

    private static Encoding? FromMetaCharset(ReadOnlySpan<byte> bytes)
    {
        // The HTML standard looks for the declaration in the first 1024 bytes; ASCII is enough to find it.
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        var match = MetaCharset().Match(head);
        if (!match.Success)
        {
            return null;
        }

        try
        {
            var encoding = Encoding.GetEncoding(match.Groups[1].Value);
            // A page served as UTF-16 cannot declare it in ASCII-readable bytes; the standard says read UTF-8.
            return encoding is UnicodeEncoding ? Encoding.UTF8 : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    /// <summary>Replaces each undecodable byte sequence with U+FFFD and counts the bytes.</summary>
    private sealed class CountingFallback : DecoderFallback
    {
        public int Count { get; private set; }

        public override int MaxCharCount => 1;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(CountingFallback owner) : DecoderFallbackBuffer
        {
            private int remaining;

            public override int Remaining => remaining;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Count += bytesUnknown.Length;
                remaining = 1;
                return true;
            }

            public override char GetNextChar()
            {
                if (remaining == 0)
                {
                    return '\0';
                }

                remaining--;
                return '\uFFFD';
            }

            public override bool MovePrevious()
            {
                if (remaining > 0)
                {
                    return false;
                }

                remaining++;
                return true;
            }

            public override void Reset() => remaining = 0;
        }
    }
}

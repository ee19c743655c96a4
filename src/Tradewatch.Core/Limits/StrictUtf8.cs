using System.Buffers;
using System.Text.Unicode;

namespace Tradewatch.Core.Limits;

/// <summary>Decodes UTF-8 that must be valid (a ledger, a scenario): an invalid byte is a problem on its line, not a silent U+FFFD.</summary>
public static class StrictUtf8
{
    public static (string? Text, LimitProblem? Problem) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return (new string(chars, 0, written), null);
        }

        var line = bytes[..read].Count((byte)'\n') + 1;
        var column = read - (bytes[..read].LastIndexOf((byte)'\n') + 1) + 1;
        var shown = Convert.ToHexString(bytes.Slice(read, Math.Min(4, bytes.Length - read)));
        return (null, new LimitProblem(line, $"invalid UTF-8 at line {line}, byte {column} (0x{shown}); save the file as UTF-8"));
    }
}

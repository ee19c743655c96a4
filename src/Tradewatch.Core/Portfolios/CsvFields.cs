using System.Text;

namespace Tradewatch.Core.Portfolios;

/// <summary>
/// Splits one CSV record (RFC 4180: commas, quoted fields with doubled quotes and line breaks
/// inside) off the front of a run of UTF-8 bytes. Unquoted fields are handed out as slices of
/// the input; quoted ones are unescaped into a scratch buffer. Fields are trimmed of spaces,
/// tabs and a carriage return. Not thread-safe: one per thread.
/// </summary>
public sealed class CsvFields
{
    private readonly int[] _wanted;
    private readonly int[] _start;
    private readonly int[] _length;
    private readonly bool[] _scratched;
    private byte[] _scratch = new byte[256];
    private int _scratchLength;

    /// <param name="wanted">For each field position in a record, the slot it fills, or -1 to skip it.</param>
    /// <param name="slots">How many slots there are.</param>
    public CsvFields(int[] wanted, int slots)
    {
        _wanted = wanted;
        _start = new int[slots];
        _length = new int[slots];
        _scratched = new bool[slots];
    }

    /// <summary>How many fields the last record had.</summary>
    public int Count { get; private set; }

    /// <summary>The physical lines the last record spanned (more than one when a quoted field holds line breaks).</summary>
    public int Lines { get; private set; }

    /// <summary>True when the last record was an empty line.</summary>
    public bool IsBlank { get; private set; }

    /// <summary>True when the last record had a field for <paramref name="slot"/>.</summary>
    public bool Has(int slot) => _start[slot] >= 0;

    /// <summary>The text of a slot's field in the last record (empty when the record had none).</summary>
    public ReadOnlySpan<byte> Get(ReadOnlySpan<byte> records, int slot)
    {
        var start = _start[slot];
        if (start < 0)
        {
            return [];
        }

        return _scratched[slot] ? _scratch.AsSpan(start, _length[slot]) : records.Slice(start, _length[slot]);
    }

    public string GetString(ReadOnlySpan<byte> records, int slot) => Encoding.UTF8.GetString(Get(records, slot));

    /// <summary>Every field of the record at <paramref name="position"/> as text (for a header line), at most 256.</summary>
    public static List<string> ReadAll(ReadOnlySpan<byte> records, ref int position, out int lines)
    {
        const int most = 256;
        var fields = new CsvFields(Enumerable.Range(0, most).ToArray(), most);
        fields.Read(records, ref position);
        lines = fields.Lines;
        var texts = new List<string>();
        for (var i = 0; i < Math.Min(fields.Count, most); i++)
        {
            texts.Add(fields.GetString(records, i));
        }

        return texts;
    }

    /// <summary>Reads the record that starts at <paramref name="position"/> and moves past it (and its line break).</summary>
    public void Read(ReadOnlySpan<byte> records, ref int position)
    {
        _start.AsSpan().Fill(-1);
        var rest = records[position..];
        var lineEnd = rest.IndexOf((byte)'\n');
        var line = lineEnd < 0 ? rest : rest[..lineEnd];
        if (!line.Contains((byte)'"'))
        {
            ReadUnquoted(line, position);
            position += lineEnd < 0 ? rest.Length : lineEnd + 1;
            return;
        }

        _scratchLength = 0;
        var field = 0;
        var lines = 1;
        var pos = position;
        var endOfRecord = false;
        while (!endOfRecord)
        {
            var slot = field < _wanted.Length ? _wanted[field] : -1;
            var lead = pos;
            while (lead < records.Length && records[lead] is (byte)' ' or (byte)'\t')
            {
                lead++;
            }

            if (lead < records.Length && records[lead] == '"')
            {
                pos = ReadQuoted(records, lead + 1, slot, ref lines, out endOfRecord);
            }
            else
            {
                var tail = records[pos..];
                var stop = tail.IndexOfAny((byte)',', (byte)'\n');
                var text = stop < 0 ? tail : tail[..stop];
                endOfRecord = stop < 0 || tail[stop] == '\n';
                if (slot >= 0)
                {
                    var trimmed = Trim(text, out var skipped);
                    _start[slot] = pos + skipped;
                    _length[slot] = trimmed;
                    _scratched[slot] = false;
                }

                pos = stop < 0 ? records.Length : pos + stop + 1;
            }

            field++;
        }

        Count = field;
        Lines = lines;
        IsBlank = field == 1 && records[position..pos].Trim(" \t\r\n"u8).IsEmpty;
        position = pos;
    }

    /// <summary>The common case, a line without quotes: one pass splitting at commas.</summary>
    private void ReadUnquoted(ReadOnlySpan<byte> line, int offset)
    {
        var field = 0;
        var start = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i < line.Length && line[i] != ',')
            {
                continue;
            }

            var slot = field < _wanted.Length ? _wanted[field] : -1;
            if (slot >= 0)
            {
                _length[slot] = Trim(line[start..i], out var skipped);
                _start[slot] = offset + start + skipped;
                _scratched[slot] = false;
            }

            field++;
            start = i + 1;
        }

        Count = field;
        Lines = 1;
        IsBlank = field == 1 && line.Trim(" \t\r"u8).IsEmpty;
    }

    /// <summary>Unescapes a quoted field into the scratch buffer (with anything after its closing quote); returns where the next field starts.</summary>
    private int ReadQuoted(ReadOnlySpan<byte> records, int pos, int slot, ref int lines, out bool endOfRecord)
    {
        var start = _scratchLength;
        while (true)
        {
            var rest = records[pos..];
            var quote = rest.IndexOf((byte)'"');
            var text = quote < 0 ? rest : rest[..quote];
            lines += text.Count((byte)'\n');
            Append(text, slot);
            if (quote < 0)
            {
                // an unclosed quote runs to the end of the input
                pos = records.Length;
                endOfRecord = true;
                break;
            }

            pos += quote + 1;
            if (pos < records.Length && records[pos] == '"')
            {
                Append("\""u8, slot);
                pos++;
                continue;
            }

            var after = records[pos..];
            var stop = after.IndexOfAny((byte)',', (byte)'\n');
            Append(stop < 0 ? after : after[..stop], slot);
            endOfRecord = stop < 0 || after[stop] == '\n';
            pos = stop < 0 ? records.Length : pos + stop + 1;
            break;
        }

        if (slot >= 0)
        {
            var trimmed = Trim(_scratch.AsSpan(start, _scratchLength - start), out var skipped);
            _start[slot] = start + skipped;
            _length[slot] = trimmed;
            _scratched[slot] = true;
        }

        return pos;
    }

    private void Append(ReadOnlySpan<byte> text, int slot)
    {
        if (slot < 0)
        {
            return;
        }

        if (_scratchLength + text.Length > _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, _scratchLength + text.Length));
        }

        text.CopyTo(_scratch.AsSpan(_scratchLength));
        _scratchLength += text.Length;
    }

    private static int Trim(ReadOnlySpan<byte> text, out int skipped)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && text[start] is (byte)' ' or (byte)'\t' or (byte)'\r')
        {
            start++;
        }

        while (end > start && text[end - 1] is (byte)' ' or (byte)'\t' or (byte)'\r')
        {
            end--;
        }

        skipped = start;
        return end - start;
    }
}

using System.Buffers;

namespace Tradewatch.Core.Portfolios;

/// <summary>
/// A run of whole CSV records cut from a stream: <see cref="Buffer"/>[0..<see cref="Length"/>),
/// whose first record starts on physical line <see cref="FirstLine"/> (1-based). The buffer is
/// rented; hand the block back with <see cref="CsvBlockReader.Return"/> once it is parsed.
/// </summary>
public sealed record CsvBlock(byte[] Buffer, int Length, long FirstLine)
{
    public ReadOnlySpan<byte> Span => Buffer.AsSpan(0, Length);
}

/// <summary>
/// Cuts a UTF-8 CSV stream into blocks of whole records (never splitting a quoted field that
/// holds a line break), so that blocks can be parsed apart, on any thread, with their line
/// numbers known. Memory stays at a few blocks whatever the stream's size. Not thread-safe:
/// one thread calls <see cref="Next"/>.
/// </summary>
public sealed class CsvBlockReader
{
    /// <summary>A record longer than this is taken for an unclosed quote rather than read into memory whole.</summary>
    public const int MaxRecordBytes = 16 << 20;

    private readonly Stream _stream;
    private readonly int _blockSize;
    private byte[] _carry;
    private int _carryLength;
    private long _nextLine = 1;
    private bool _end;

    public CsvBlockReader(Stream stream, int blockSize = 1 << 20)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 16);
        _stream = stream;
        _blockSize = blockSize;
        _carry = new byte[blockSize];
    }

    /// <summary>Bytes taken from the stream so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The next block of whole records, or null at the end of the stream.</summary>
    public CsvBlock? Next()
    {
        if (_end && _carryLength == 0)
        {
            return null;
        }

        var size = Math.Max(_blockSize, _carryLength * 2);
        while (true)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(size);
            _carry.AsSpan(0, _carryLength).CopyTo(buffer);
            var length = _carryLength;
            while (!_end && length < buffer.Length)
            {
                var read = _stream.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    _end = true;
                }

                length += read;
                BytesRead += read;
            }

            var cut = _end ? length : LastRecordEnd(buffer.AsSpan(0, length));
            if (cut == 0 && length > 0)
            {
                // one record fills the whole buffer: read on in a bigger one, up to a limit
                if (length >= MaxRecordBytes)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    throw new InvalidDataException($"line {_nextLine}: a record runs over {MaxRecordBytes >> 20} MB without ending (an unclosed quote?)");
                }

                KeepCarry(buffer.AsSpan(0, length));
                ArrayPool<byte>.Shared.Return(buffer);
                size = Math.Min(length * 2, MaxRecordBytes + 1);
                continue;
            }

            KeepCarry(buffer.AsSpan(cut, length - cut));
            if (cut == 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                return null;
            }

            var block = new CsvBlock(buffer, cut, _nextLine);
            _nextLine += buffer.AsSpan(0, cut).Count((byte)'\n');
            return block;
        }
    }

    /// <summary>Gives a parsed block's buffer back to the pool.</summary>
    public static void Return(CsvBlock block) => ArrayPool<byte>.Shared.Return(block.Buffer);

    private void KeepCarry(ReadOnlySpan<byte> rest)
    {
        if (rest.Length > _carry.Length)
        {
            _carry = new byte[rest.Length];
        }

        rest.CopyTo(_carry);
        _carryLength = rest.Length;
    }

    /// <summary>Just past the last line break outside quotes (0 when there is none). Blocks start outside quotes.</summary>
    private static int LastRecordEnd(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.Contains((byte)'"'))
        {
            return bytes.LastIndexOf((byte)'\n') + 1;
        }

        var end = 0;
        var quoted = false;
        var position = 0;
        while (true)
        {
            var next = bytes[position..].IndexOfAny((byte)'"', (byte)'\n');
            if (next < 0)
            {
                return end;
            }

            position += next;
            if (bytes[position] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                end = position + 1;
            }

            position++;
        }
    }
}

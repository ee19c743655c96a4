namespace Tradewatch.Core.Products;

/// <summary>
/// A Harmonized System code or prefix: 2 (chapter), 4 (heading), 6 (subheading) or more digits
/// (national lines). Written as users write it: "8505.11", "850511", "8505.11.00", "85 05 11".
/// Stored as up to 10 digits packed into a number, so that prefix tests are arithmetic.
/// </summary>
public readonly record struct HsCode : IComparable<HsCode>
{
    public const int MaxDigits = 10;
    private static readonly long[] Pow10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000];

    private HsCode(long padded, int length)
    {
        Padded = padded;
        Length = length;
    }

    /// <summary>The digits followed by zeros up to <see cref="MaxDigits"/> digits.</summary>
    public long Padded { get; }

    /// <summary>The number of significant digits.</summary>
    public int Length { get; }

    public string Digits => (Padded / Pow10[MaxDigits - Length]).ToString().PadLeft(Length, '0');

    /// <summary>The 6-digit (or shorter) part that the international nomenclature defines.</summary>
    public HsCode International => Length <= 6 ? this : Truncate(6);

    public HsCode Truncate(int length)
    {
        if (length <= 0 || length > Length)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        var divisor = Pow10[MaxDigits - length];
        return new HsCode(Padded / divisor * divisor, length);
    }

    /// <summary>True when this code lies under <paramref name="prefix"/> (a code is under itself).</summary>
    public bool StartsWith(HsCode prefix) =>
        prefix.Length <= Length && Padded / Pow10[MaxDigits - prefix.Length] == prefix.Padded / Pow10[MaxDigits - prefix.Length];

    /// <summary>
    /// Reads a code as written: digits with optional dots, spaces or hyphens between groups.
    /// Trailing "00" pairs beyond six digits are national statistical suffixes and are kept.
    /// </summary>
    public static bool TryParse(string? text, out HsCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        long value = 0;
        var length = 0;
        foreach (var c in text.AsSpan().Trim())
        {
            if (c is >= '0' and <= '9')
            {
                if (length == MaxDigits)
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
                length++;
            }
            else if (c is not ('.' or ' ' or '-'))
            {
                return false;
            }
        }

        if (length < 2 || length % 2 != 0)
        {
            return false;
        }

        code = new HsCode(value * Pow10[MaxDigits - length], length);
        return true;
    }

    /// <summary>The same as <see cref="TryParse(string?, out HsCode)"/>, over UTF-8 bytes (a CSV field), without making a string.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out HsCode code)
    {
        code = default;
        long value = 0;
        var length = 0;
        foreach (var b in utf8.Trim(" \t"u8))
        {
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                if (length == MaxDigits)
                {
                    return false;
                }

                value = (value * 10) + (b - '0');
                length++;
            }
            else if (b is not ((byte)'.' or (byte)' ' or (byte)'-'))
            {
                return false;
            }
        }

        if (length < 2 || length % 2 != 0)
        {
            return false;
        }

        code = new HsCode(value * Pow10[MaxDigits - length], length);
        return true;
    }

    public static HsCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not an HS code: write 2, 4, 6, 8 or 10 digits, such as 8505.11 or 850511.");

    public static bool operator <(HsCode left, HsCode right) => left.CompareTo(right) < 0;

    public static bool operator <=(HsCode left, HsCode right) => left.CompareTo(right) <= 0;

    public static bool operator >(HsCode left, HsCode right) => left.CompareTo(right) > 0;

    public static bool operator >=(HsCode left, HsCode right) => left.CompareTo(right) >= 0;

    public int CompareTo(HsCode other) => Padded != other.Padded ? Padded.CompareTo(other.Padded) : Length.CompareTo(other.Length);

    public override string ToString()
    {
        var d = Digits;
        return d.Length switch
        {
            <= 4 => d,
            6 => $"{d[..4]}.{d[4..]}",
            8 => $"{d[..4]}.{d[4..6]}.{d[6..]}",
            _ => $"{d[..4]}.{d[4..6]}.{d[6..8]}.{d[8..]}",
        };
    }
}

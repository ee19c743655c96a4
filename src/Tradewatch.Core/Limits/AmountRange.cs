using System.Globalization;

namespace Tradewatch.Core.Limits;

/// <summary>
/// The one range a customs value must fall in, wherever it enters (the CLI's <c>--value</c>, a
/// portfolio line, the server's <c>value</c>): zero to a trillion. Within it, a duty (a rate of at most
/// 1000%) and the sum of any number of lines a machine can read stay far inside <see cref="decimal"/>.
/// </summary>
public static class AmountRange
{
    public const decimal Max = 1_000_000_000_000m;

    public static bool Contains(decimal value) => value >= 0 && value <= Max;

    /// <summary>"0 to 1,000,000,000,000".</summary>
    public static string Text { get; } = $"0 to {Max.ToString("N0", CultureInfo.InvariantCulture)}";

    /// <summary>Parses an amount written with digits and at most one decimal point, inside the range; null otherwise.</summary>
    public static decimal? Parse(string text) =>
        text.Length <= 40 && decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) && Contains(value)
            ? value : null;

    /// <summary>Why <paramref name="text"/> is not an accepted amount.</summary>
    public static string Problem(string text) =>
        decimal.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _) || IsDigits(text)
            ? $"'{Clip(text)}' is outside the accepted range of amounts, {Text}"
            : $"'{Clip(text)}' is not an amount: write a number such as 1000 or 2500.50";

    private static bool IsDigits(string text) => text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c == '.') && text.Count(c => c == '.') <= 1 && text.Any(char.IsAsciiDigit);

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "..." : text;
}

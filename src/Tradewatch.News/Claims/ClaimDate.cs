using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tradewatch.News.Claims;

/// <summary>
/// A date as precise as the text gives it: a year, a month of a year, or a day. Written in ISO
/// form (<c>2025</c>, <c>2025-05</c>, <c>2025-05-10</c>); a less precise date contains the more
/// precise ones inside it.
/// </summary>
[JsonConverter(typeof(ClaimDateJsonConverter))]
public readonly record struct ClaimDate
{
    public ClaimDate(int year, int month = 0, int day = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfNegative(month);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        if (day != 0)
        {
            if (month == 0)
            {
                throw new ArgumentOutOfRangeException(nameof(day), "A day needs a month.");
            }

            ArgumentOutOfRangeException.ThrowIfGreaterThan(day, DateTime.DaysInMonth(year, month));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(day);
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    /// <summary>1-12, or 0 when only the year is known.</summary>
    public int Month { get; }

    /// <summary>1-31, or 0 when only the month (or year) is known.</summary>
    public int Day { get; }

    public bool IsDay => Day != 0;

    public static ClaimDate Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    public static ClaimDate OfMonth(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Whether the month or day exists (so "February 30" is refused without an exception).</summary>
    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 0 and <= 12 && day >= 0
        && (day == 0 || (month != 0 && day <= DateTime.DaysInMonth(year, month)));

    public DateOnly? AsDate => IsDay ? new DateOnly(Year, Month, Day) : null;

    /// <summary>True when one date lies inside the other ("2025-05" and "2025-05-10").</summary>
    public bool IsCompatibleWith(ClaimDate other) =>
        Year == other.Year
        && (Month == 0 || other.Month == 0 || Month == other.Month)
        && (Day == 0 || other.Day == 0 || Day == other.Day);

    /// <summary>0 for a year, 1 for a month, 2 for a day.</summary>
    public int Precision => IsDay ? 2 : Month != 0 ? 1 : 0;

    public override string ToString() =>
        IsDay ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}")
        : Month != 0 ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}")
        : Year.ToString("D4", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out ClaimDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        var numbers = new int[3];
        if (parts.Length > 3)
        {
            return false;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        if (!IsValid(numbers[0], numbers[1], numbers[2]) || numbers[0] == 0 || (parts.Length > 1 && numbers[1] == 0))
        {
            return false;
        }

        date = new ClaimDate(numbers[0], numbers[1], numbers[2]);
        return true;
    }
}

internal sealed class ClaimDateJsonConverter : JsonConverter<ClaimDate>
{
    public override ClaimDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ClaimDate.TryParse(reader.GetString(), out var date) ? date : throw new JsonException("Not an ISO date.");

    public override void Write(Utf8JsonWriter writer, ClaimDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}

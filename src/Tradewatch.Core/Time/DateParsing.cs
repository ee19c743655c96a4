using System.Globalization;

namespace Tradewatch.Core.Time;

/// <summary>Strict ISO day parsing: <c>yyyy-MM-dd</c> and nothing else, so that "2025-02-30" is an error, not a guess.</summary>
public static class DateParsing
{
    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>The end of a day in UTC: "as known at 2025-04-02" includes everything recorded that day.</summary>
    public static DateTimeOffset EndOfDay(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);

    /// <summary>The start of a day in UTC: the recorded-at time of an entry known only by its day.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}

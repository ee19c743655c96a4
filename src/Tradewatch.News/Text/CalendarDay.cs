namespace Tradewatch.News.Text;

/// <summary>
/// Days of the calendar from the numbers and month names a page writes: the one check that a written day
/// exists ("February 30" does not, 29 February only in a leap year) and the one reading of a month's name.
/// Years outside those news is dated in (<see cref="MinYear"/> to <see cref="MaxYear"/>) are not read as dates.
/// </summary>
public static class CalendarDay
{
    public const int MinYear = 1900;

    public const int MaxYear = 2200;

    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The day <paramref name="day"/> of <paramref name="month"/> in <paramref name="year"/>; null when there is no such day.</summary>
    public static DateOnly? Of(int year, int month, int day) =>
        year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>Whether some year has the day <paramref name="day"/> of <paramref name="month"/> (29 February counts).</summary>
    public static bool Exists(int month, int day) => Of(2024, month, day) is not null;

    /// <summary>The month's number (1-12) from its English name or its first three letters, any case; 0 when it names none.</summary>
    public static int MonthNumber(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length < 3 ? 0 : Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1;
    }
}

using Tradewatch.Core.Products;
using Tradewatch.Core.Schedule;

namespace Tradewatch.App.Questions;

/// <summary>Reads a US tariff line (4 to 10 digits) that must be in a schedule revision.</summary>
public static class UsTariffLines
{
    /// <summary>The line, or the problem with <paramref name="text"/> (about <paramref name="field"/>): malformed, or not in the revision (naming the lines nearby).</summary>
    public static (HsCode Code, Problem? Problem) Read(TariffSchedule schedule, ScheduleRevision revision, string text, string field)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(revision);
        ArgumentNullException.ThrowIfNull(text);
        if (!HsCode.TryParse(text, out var code) || code.Length < 4)
        {
            return (default, new Problem(field, $"{{{field}}} '{FieldReader.Clip(text)}' is not a US tariff line: write 4 to 10 digits, such as 8505.11.00.70, 8505110070, 8505.11.00 or 8505.11."));
        }

        if (schedule.Line(revision, code) is null)
        {
            var nearest = Enumerable.Range(1, (code.Length / 2) - 1).Select(i => code.Truncate(code.Length - (2 * i)))
                .FirstOrDefault(c => c.Length >= 4 && schedule.Line(revision, c) is not null);
            return (code, new Problem(
                field,
                $"{{{field}}} {FieldReader.Clip(text)}: the US tariff schedule ({revision.Title}) has no line {code}"
                    + (nearest.Length >= 4 ? $"; {nearest} has lines {string.Join(", ", schedule.LeavesUnder(revision, nearest).Take(8).Select(l => l.Code))}" : string.Empty)
                    + ". Try 'tradewatch hts search WORDS'.",
                ProblemKind.BadData));
        }

        return (code, null);
    }
}

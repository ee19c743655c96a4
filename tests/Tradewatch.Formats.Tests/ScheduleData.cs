using Tradewatch.Core.Schedule;
using Tradewatch.Formats.Schedule;

namespace Tradewatch.Formats.Tests;

/// <summary>The compact US schedule the repository ships, loaded once for the tests that read it.</summary>
internal static class ScheduleData
{
    public static string Directory { get; } = Find();

    private static readonly Lazy<TariffSchedule> Shipped = new(() => CompactSchedule.Load(Directory));

    public static TariffSchedule Schedule => Shipped.Value;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "us-schedule");
            if (File.Exists(Path.Combine(candidate, CompactSchedule.LinesFile)))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("cannot find data/us-schedule above " + AppContext.BaseDirectory);
    }
}

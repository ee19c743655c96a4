using Tradewatch.Core.Schedule;
using Tradewatch.Formats.Schedule;
using Tradewatch.TestSupport;

namespace Tradewatch.Formats.Tests;

/// <summary>The compact US schedule the repository ships (<c>data/us-schedule</c>), loaded once for the tests that read it.</summary>
internal static class ScheduleData
{
    public static string Directory { get; } = Path.Combine(RepoData.Directory, "us-schedule");

    private static readonly Lazy<TariffSchedule> Shipped = new(() => CompactSchedule.Load(Directory));

    public static TariffSchedule Schedule => Shipped.Value;
}

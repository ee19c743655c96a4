using Tradewatch.Core.Schedule;
using Tradewatch.Formats.Schedule;

namespace Tradewatch.Cli;

/// <summary>Loads the bundled US tariff schedule (data/us-schedule); a damaged file is bad data naming the file and line.</summary>
internal static class ScheduleLoader
{
    public static string Directory(CliContext context) => Path.Combine(context.DataDirectory, "us-schedule");

    public static TariffSchedule Load(CliContext context)
    {
        try
        {
            return CompactSchedule.Load(Directory(context));
        }
        catch (BadDataException e)
        {
            throw new BadDataException($"the US tariff schedule cannot be used: {e.Message}");
        }
    }
}

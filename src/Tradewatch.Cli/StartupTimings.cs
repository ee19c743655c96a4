using System.Diagnostics;

namespace Tradewatch.Cli;

/// <summary>
/// With TRADEWATCH_TIMINGS=1, each phase of a command's start-up is written to standard error with the
/// milliseconds since the process started (the runtime's own start included): where a cold answer spends
/// its time. Off, it costs one environment read.
/// </summary>
internal static class StartupTimings
{
    private static readonly bool On = Environment.GetEnvironmentVariable("TRADEWATCH_TIMINGS") == "1";
    private static readonly DateTime Started = On ? Process.GetCurrentProcess().StartTime.ToUniversalTime() : default;
    private static double last;

    public static bool Enabled => On;

    public static void Mark(string phase)
    {
        if (!On)
        {
            return;
        }

        var now = (DateTime.UtcNow - Started).TotalMilliseconds;
        Console.Error.WriteLine($"timing: {now,7:0} ms (+{now - last,5:0}) {phase}");
        last = now;
    }
}

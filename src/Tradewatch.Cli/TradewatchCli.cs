using System.CommandLine;
using Tradewatch.Cli.Commands;

namespace Tradewatch.Cli;

/// <summary>The <c>tradewatch</c> command: one line per sub-command, each built in its own file.</summary>
public static class TradewatchCli
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("Tradewatch: a sourced, bitemporal ledger of trade measures, and the news checked against it.");
        foreach (var command in Commands(context))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    private static IEnumerable<Command> Commands(CliContext context)
    {
        yield return LedgerCommand.Create(context);
        yield return DutyCommand.Create(context);
        yield return HtsCommand.Create(context);
        yield return LicenceCommand.Create(context);
        yield return TimelineCommand.Create(context);
        yield return ChangesCommand.Create(context);
        yield return ScenariosCommand.Create(context);
        yield return PortfolioCommand.Create(context);
        yield return ClaimsCommands.Claims(context);
        yield return ClaimsCommands.Conflicts(context);
        yield return ClaimsCommands.Check(context);
        yield return AnalyzeCommand.Create(context);
        yield return IngestCommand.Create(context);
        yield return StoriesCommand.Create(context);
        yield return StoryCommand.Create(context);
        yield return ReviewCommand.Create(context);
        yield return ServeCommand.Create(context);
        yield return UsersCommand.Create(context);
    }

    /// <summary>
    /// Parses and runs. Every failure becomes a message on stderr and an exit code from its type
    /// (<see cref="ExitCodes"/>), never a stack trace.
    /// </summary>
    public static int Run(string[] args, CliContext context)
    {
        StartupTimings.Mark("main");
        var root = Build(context);
        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                context.Error.WriteLine($"error: {error.Message}");
            }

            context.Error.WriteLine("Run 'tradewatch --help' (or the command with --help) for usage.");
            return ExitCodes.Usage;
        }

        StartupTimings.Mark("command line parsed");
        try
        {
            return parse.Invoke(config);
        }
        catch (UsageException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (TradewatchException e)
        {
            // bad data, something named that does not exist, or a store that cannot be used
            context.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadData;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a file named on the command line that cannot be read
            context.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadData;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // anything else is a bug: said as one, not passed off as bad data, and never a stack trace
            context.Error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.InternalError;
        }
    }
}

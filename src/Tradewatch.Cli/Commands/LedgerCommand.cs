using System.CommandLine;

namespace Tradewatch.Cli.Commands;

internal static class LedgerCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("ledger", "Validate, list and show the measures of a ledger.");
        var validate = new Command("validate", "Check a ledger file and report every problem with its line.");
        validate.SetAction(_ => { context.Out.WriteLine("not yet"); return ExitCodes.Ok; });
        command.Subcommands.Add(validate);
        return command;
    }
}

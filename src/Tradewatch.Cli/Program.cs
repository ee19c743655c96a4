using Tradewatch.Cli;

return TradewatchCli.Run(args, CliContext.FromConsole());

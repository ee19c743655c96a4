using Tradewatch.Server;

TradewatchServer.Build(args).Run();

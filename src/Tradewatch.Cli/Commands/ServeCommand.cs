using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Tradewatch.Server;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch serve [--db FILE] [--urls URL]</c>: the HTTP API and the pages over the bundled ledger and the news store.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var db = NewsDatabase.Option();
        var urls = Options.Text("--urls", "Where to listen (default: http://localhost:5000).");
        var noSamples = new Option<bool>("--no-samples") { Description = "Do not read the bundled sample reports into an empty store." };
        var command = new Command("serve", "Serve the API (OpenAPI at /openapi/v1.json) and the pages; an empty store first gets the sample reports.") { db, urls, noSamples };
        command.SetAction(parse =>
        {
            var url = parse.GetValue(urls) ?? "http://localhost:5000";
            if (!Uri.TryCreate(url.Split(';')[0], UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new UsageException($"--urls '{url}' is not a URL such as http://localhost:5000.");
            }

            var given = NewsDatabase.Path(parse.GetValue(db), context);
            // A file path is made absolute for the server; a PostgreSQL URL or connection string is passed as it is.
            var database = NewsDatabase.IsPostgres(given) ? given : Path.GetFullPath(given);
            // Fail before listening: a store that cannot be opened is one line and exit 2, not a trace and 503 on every page.
            using (NewsDatabase.Open(database, context))
            {
            }

            var args = new List<string>
            {
                "--urls", url,
                $"--{Hosting.Section}:DataDirectory={context.DataDirectory}",
                $"--{Hosting.Section}:Database={database}",
                $"--{Hosting.Section}:SeedSamples={(!parse.GetValue(noSamples)).ToString().ToLowerInvariant()}",
                // A host that cannot start (a port in use) is said below in one line, not also logged with its trace.
                "--Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host=Critical",
            };
            var app = TradewatchServer.Build(args.ToArray());
            try
            {
                app.Start();
            }
            catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
                throw new UsageException($"cannot listen at {url.Split(';')[0]}: the address is in use by another program; choose another with --urls.");
            }

            context.Error.WriteLine($"Tradewatch at {url.Split(';')[0]} (Ctrl+C to stop)");
            app.WaitForShutdown();
            return ExitCodes.Ok;
        });
        return command;
    }

    private static class Hosting
    {
        public const string Section = Tradewatch.Server.Hosting.ServerSettings.Section;
    }
}

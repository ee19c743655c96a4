using System.CommandLine;
using Tradewatch.App.Accounts;
using Tradewatch.Storage.Accounts;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch users add|token|list</c>: the local accounts that may sign in to the server, and API tokens for programs.</summary>
internal static class UsersCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("users", "Curator accounts for the server: add one, issue an API token, list them.");
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(Token(context));
        command.Subcommands.Add(List(context));
        return command;
    }

    private static Curators Open(string? db, CliContext context) => new(AccountStore.Open(NewsDatabase.Location(db, context), context.Clock));

    private static Command Add(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The account name: letters, digits, . - _ @." };
        var password = Options.Text("--password", "The password (at least 10 characters); without it, the first line of standard input.");
        var role = Options.Text("--role", "curator (may ingest and review; the default) or reader.");
        var db = NewsDatabase.Option();
        var command = new Command("add", "Add an account; the password is read from --password or standard input.") { name, password, role, db };
        command.SetAction(parse =>
        {
            var roleName = parse.GetValue(role) ?? AccountStore.CuratorRole;
            if (roleName is not (AccountStore.CuratorRole or AccountStore.ReaderRole))
            {
                throw new UsageException($"--role '{roleName}': use curator or reader.");
            }

            var secret = parse.GetValue(password) ?? Console.In.ReadLine()
                ?? throw new UsageException("no password: pass --password or write it on standard input.");
            var who = parse.GetValue(name)!;
            var outcome = Open(parse.GetValue(db), context).Add(who, secret, roleName);
            switch (outcome)
            {
                case AddAccountOutcome.Added:
                    context.Out.WriteLine($"added {roleName} '{who}'");
                    return ExitCodes.Ok;
                case AddAccountOutcome.NameTaken:
                    throw new BadDataException($"there is already an account named '{who}'.");
                case AddAccountOutcome.InvalidName:
                    throw new UsageException($"'{who}' is not a valid name: use up to 64 letters, digits, . - _ @.");
                default:
                    throw new UsageException($"the password is too short: at least {Curators.MinPasswordLength} characters.");
            }
        });
        return command;
    }

    private static Command Token(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The account the token acts for." };
        var label = Options.Text("--label", "What the token is for (default: api).");
        var db = NewsDatabase.Option();
        var command = new Command("token", "Issue an API token (send it as 'Authorization: Bearer TOKEN'); it is shown once.") { name, label, db };
        command.SetAction(parse =>
        {
            var who = parse.GetValue(name)!;
            var token = Open(parse.GetValue(db), context).IssueToken(who, parse.GetValue(label) ?? "api")
                ?? throw new BadDataException($"no account named '{who}'; add it with 'tradewatch users add {who}'.");
            context.Out.WriteLine(token);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var db = NewsDatabase.Option();
        var command = new Command("list", "List the accounts.") { db };
        command.SetAction(parse =>
        {
            foreach (var a in Open(parse.GetValue(db), context).Accounts.All())
            {
                context.Out.WriteLine($"{a.Name}\t{a.Role}\t{a.CreatedAt}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}

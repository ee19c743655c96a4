using System.CommandLine;
using Tradewatch.App.Answers;
using Tradewatch.Cli.Output;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch stories [--db FILE] [--json]</c>: the stories in the news database, latest first.</summary>
internal static class StoriesCommand
{
    public static Command Create(CliContext context)
    {
        var db = NewsDatabase.Option();
        var json = Options.Json();
        var command = new Command("stories", "List the stories in the news database.") { db, json };
        command.SetAction(parse =>
        {
            using var store = NewsDatabase.OpenForReading(parse.GetValue(db), context);
            var stories = store.Stories();
            if (parse.GetValue(json))
            {
                Render.Json(context, stories.Select(StoryDto.From).ToList());
                return ExitCodes.Ok;
            }

            if (stories.Count == 0)
            {
                context.Out.WriteLine("no stories stored yet; run 'tradewatch ingest PATH' first");
                return ExitCodes.Ok;
            }

            context.Out.WriteLine($"{"id",6}  {"reports",7}  {"dates",-23}  title");
            foreach (var s in stories)
            {
                var dates = s.FirstDate is null ? "undated" : s.FirstDate == s.LastDate ? s.FirstDate : $"{s.FirstDate}..{s.LastDate}";
                context.Out.WriteLine($"{s.Id,6}  {s.Reports,7}  {dates,-23}  {s.Title}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}

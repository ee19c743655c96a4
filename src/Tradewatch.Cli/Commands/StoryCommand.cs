using System.CommandLine;
using Tradewatch.App.Answers;
using Tradewatch.Cli.Output;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch story ID [--db FILE] [--json]</c>: one stored story, its reports and their duplicates.</summary>
internal static class StoryCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "The story's id, as 'tradewatch stories' lists it." };
        var db = NewsDatabase.Option();
        var json = Options.Json();
        var command = new Command("story", "Show one story of the news database.") { id, db, json };
        command.SetAction(parse =>
        {
            var text = parse.GetValue(id)!;
            if (!long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var storyId))
            {
                throw new UsageException($"'{(text.Length > 40 ? text[..40] + "..." : text)}' is not a story id: a whole number such as 3, as 'tradewatch stories' lists them.");
            }

            using var store = NewsDatabase.OpenForReading(parse.GetValue(db), context);
            var detail = store.Story(storyId) ?? throw new BadDataException($"no story {storyId}; 'tradewatch stories' lists them");
            if (parse.GetValue(json))
            {
                Render.Json(context, StoryDetailDto.From(detail));
                return ExitCodes.Ok;
            }

            var s = detail.Story;
            context.Out.WriteLine($"story {s.Id}: {s.Title}");
            context.Out.WriteLine($"{s.Reports} report(s), {(s.FirstDate is null ? "undated" : $"{s.FirstDate} to {s.LastDate}")}");
            var relations = detail.Duplicates
                .SelectMany(d => new[] { (d.FirstId, d.SecondId, d.Relation), (d.SecondId, d.FirstId, d.Relation) })
                .ToLookup(x => x.Item1);
            foreach (var r in detail.Reports)
            {
                context.Out.WriteLine();
                var date = r.Published ?? "----------";
                var inferred = r.PublishedFrom is "story" ? " (inferred)" : string.Empty;
                context.Out.WriteLine($"[{r.Id}] {date}{inferred}  {r.Title ?? "(no title)"}");
                context.Out.WriteLine($"      {r.SourceId}{(r.Outlet is null ? string.Empty : $" - {r.Outlet}")}");
                foreach (var (_, other, relation) in relations[r.Id])
                {
                    context.Out.WriteLine($"      {relation} of [{other}]");
                }

                var firstLine = r.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
                context.Out.WriteLine($"      {(firstLine.Length > 160 ? firstLine[..157] + "..." : firstLine)}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}

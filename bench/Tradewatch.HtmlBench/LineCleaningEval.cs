using System.Globalization;
using System.Text;
using Tradewatch.News.Cleaning;
using Tradewatch.News.Reading;

/// <summary>
/// Measures the flat-text cleaner (<see cref="ArticleCleaner"/> on plain text) on the pages of the
/// article-extraction benchmark: each page's text, a line per block element, labelled as
/// <see cref="LineTraining"/> labels it. Prints, over sentence-shaped lines (those the line model
/// never takes) and over all lines, the share of article lines kept and of other lines removed,
/// and writes every line with its label and verdict as TSV for inspection.
/// Usage: clean-lines [BENCH_DIR] [OUT_TSV] [FIRST_CHARS]; FIRST_CHARS cuts each page's text to its
/// opening, as the excerpts the corpora hold are cut.
/// </summary>
internal static class LineCleaningEval
{
    public static int Run(string[] args)
    {
        var bench = args.Length > 0 ? args[0] : "../shared/bench/article-extraction";
        var output = args.Length > 1 ? args[1] : "out/clean-lines.tsv";
        var cut = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 0;
        var truth = LineTraining.Truth(Path.Combine(bench, "ground-truth.json"));
        var pages = BenchPages.Load(bench).Where(p => truth.ContainsKey(p.Id)).ToList();
        var tsv = new StringBuilder();
        // [sentence?, article?, kept?]
        var counts = new int[2, 2, 2];
        foreach (var page in pages)
        {
            var text = HtmlFragmentText.ToText(page.Html);
            var lines = text.Split('\n')
                .Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
                .Where(l => l.Length > 0).ToList();
            if (cut > 0)
            {
                // The excerpt starts at the page's title, as a crawler that kept the article's top would.
                var start = Math.Max(0, lines.FindIndex(l => truth[page.Id].Lines.Count > 0 && LineTraining.Label(l, truth[page.Id].Lines, truth[page.Id].Trigrams)) - 3);
                var taken = new List<string>();
                var chars = 0;
                for (var i = start; i < lines.Count && chars < cut; i++)
                {
                    taken.Add(lines[i]);
                    chars += lines[i].Length + 1;
                }

                lines = taken;
            }

            var report = new SourceReport(page.Id, InputFormat.PlainText, string.Join('\n', lines), ReportMetadata.Empty, page.Id, []);
            var clean = ArticleCleaner.Clean(report);
            var kept = clean.Text.Split("\n\n");
            var removed = clean.Removed;
            int k = 0, r = 0;
            foreach (var line in lines)
            {
                string verdict;
                if (k < kept.Length && kept[k] == line)
                {
                    verdict = "kept";
                    k++;
                }
                else if (r < removed.Count && removed[r].Text == line)
                {
                    verdict = removed[r].Reason.ToString();
                    r++;
                }
                else
                {
                    verdict = "?";
                }

                var article = LineTraining.Label(line, truth[page.Id].Lines, truth[page.Id].Trigrams);
                var sentence = LineModel.Protects(line);
                if (verdict != "?")
                {
                    counts[sentence ? 1 : 0, article ? 1 : 0, verdict == "kept" ? 1 : 0]++;
                }

                tsv.Append(page.Id).Append('\t').Append(article ? "A" : "-").Append('\t').Append(sentence ? "S" : "f").Append('\t')
                    .Append(verdict).Append('\t').Append(line).Append('\n');
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllText(output, tsv.ToString());
        foreach (var (name, s) in new[] { ("fragments", 0), ("sentences", 1) })
        {
            var articleKept = counts[s, 1, 1] / (double)Math.Max(1, counts[s, 1, 0] + counts[s, 1, 1]);
            var otherRemoved = counts[s, 0, 0] / (double)Math.Max(1, counts[s, 0, 0] + counts[s, 0, 1]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: article lines kept {articleKept:P2} of {counts[s, 1, 0] + counts[s, 1, 1]}; other lines removed {otherRemoved:P2} of {counts[s, 0, 0] + counts[s, 0, 1]}"));
        }

        Console.WriteLine($"{pages.Count} pages; lines written to {output}");
        return 0;
    }
}

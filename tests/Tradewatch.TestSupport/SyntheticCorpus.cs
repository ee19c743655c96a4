using System.Globalization;
using System.Text;
using Tradewatch.News.Pipeline;
using Tradewatch.News.Reading;

namespace Tradewatch.TestSupport;

/// <summary>
/// A corpus of any size made from the project's sample reports (data/samples): each event takes a
/// sample's text with a share of its words replaced by the event's own (new names, places, figures),
/// and is reported several times: the original, copies with boilerplate added, versions with
/// paragraphs added or dropped, and reprints with words changed. The benchmarks and the tests of
/// several workers on one store use the same corpus.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Boilerplate =
    [
        "Sign up for our newsletter", "Advertisement", "Also read: Ten charts that explain the trade war", "0 Comments",
        "Photo: Example Agency", "Share this article", "Follow us on social media",
    ];

    public static IReadOnlyList<string> SampleTexts(string samplesFolder) =>
        Directory.GetFiles(samplesFolder).Order(StringComparer.Ordinal)
            .SelectMany(f => ReportReader.Read(Path.GetFileName(f), Path.GetFileName(f), File.ReadAllBytes(f)).Reports)
            .Select(r => r.Body)
            .Where(b => b.Length > 300)
            .ToList();

    public static List<InputFile> Generate(IReadOnlyList<string> samples, int count, int seed = 42)
    {
        var random = new Random(seed);
        var files = new List<InputFile>(count);
        var start = new DateOnly(2020, 1, 1);
        var eventNo = 0;
        while (files.Count < count)
        {
            eventNo++;
            var eventRandom = new Random(unchecked(seed * 7919) + eventNo);
            var baseText = samples[eventRandom.Next(samples.Count)];
            // An event keeps about half of a sample's paragraphs and 40% of its words: events differ as news stories do.
            var kept = baseText.Split('\n').Where(_ => eventRandom.NextDouble() < 0.6);
            var original = Substitute(string.Join('\n', kept), eventRandom, 0.6);
            var date = start.AddDays(eventNo / 8);
            var reports = 1 + random.Next(6);
            for (var k = 0; k < reports && files.Count < count; k++)
            {
                var text = (k % 4) switch
                {
                    0 => original,
                    1 => AddBoilerplate(original, random),
                    2 => Version(original, samples[random.Next(samples.Count)], random),
                    _ => Substitute(original, random, 0.08),
                };
                var id = $"e{eventNo:D7}-{k}.txt";
                var withDate = random.Next(3) > 0 ? $"---\npublished: {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\n---\n" : string.Empty;
                files.Add(new InputFile(id, id, Encoding.UTF8.GetBytes(withDate + text)));
            }
        }

        return files;
    }

    private static string Substitute(string text, Random random, double share)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length >= 4 && char.IsLetter(words[i][0]) && random.NextDouble() < share)
            {
                words[i] = PseudoWord(random, char.IsUpper(words[i][0]));
            }
        }

        return string.Join(' ', words);
    }

    private static string PseudoWord(Random random, bool capital)
    {
        const string consonants = "bcdfghklmnprstvz";
        const string vowels = "aeiou";
        var sb = new StringBuilder();
        var syllables = 2 + random.Next(2);
        for (var s = 0; s < syllables; s++)
        {
            sb.Append(consonants[random.Next(consonants.Length)]).Append(vowels[random.Next(vowels.Length)]);
        }

        if (capital)
        {
            sb[0] = char.ToUpperInvariant(sb[0]);
        }

        return sb.ToString();
    }

    private static string AddBoilerplate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        lines.Insert(Math.Min(lines.Count, 1 + random.Next(3)), Boilerplate[random.Next(Boilerplate.Length)]);
        lines.Add(Boilerplate[random.Next(Boilerplate.Length)]);
        return string.Join('\n', lines);
    }

    private static string Version(string text, string other, Random random)
    {
        var lines = text.Split('\n').ToList();
        var extra = other.Split('\n').Where(l => l.Length > 80).ToList();
        for (var n = 0; n < 2 && extra.Count > 0; n++)
        {
            lines.Insert(random.Next(lines.Count + 1), Substitute(extra[random.Next(extra.Count)], random, 0.3));
        }

        if (lines.Count > 4)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return string.Join('\n', lines);
    }
}

using System.Reflection;
using System.Text.RegularExpressions;
using Tradewatch.News.Claims;

namespace Tradewatch.News.Tests;

/// <summary>
/// Every pattern the news reader holds (each static method or field of type <see cref="Regex"/> in the assembly) is run on
/// word sequences it was not written for, and must answer each in bounded time. A pattern that backtracks without end
/// would stall the whole analysis on one unlucky report. A source-generated pattern can do so where the interpreter does
/// not: an optional group of words before a lazy loop of words ("(?:(?:The|the) )?(?:[A-Za-z]\w* ){0,3}?imports") ran for
/// minutes on "The ministry raised duties on cement imports ..." in .NET 10.
/// </summary>
public class RegexBacktrackingTests
{
    /// <summary>Far above any honest match on a sentence (they take microseconds), far below a stall.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static readonly string[] Vocabulary =
    [
        "The", "the", "its", "Its", "their", "a", "an", "own", "of", "in", "for", "on", "to", "by", "with", "and", "was", "will",
        "ministry", "raised", "duties", "cement", "imports", "exports", "goods", "tariffs", "talks", "company", "year", "quarter",
        "first", "said", "face", "hit", "rose", "met", "new", "big", "Monday,", "except", "Bolivia", "Peru's", "US", "Chilean",
        "President", "Minister", "Vice", "Premier", "Lopez", "40%", "$5", "billion", "25", "per", "cent", "“we", "it’s", "-",
    ];

    private static IEnumerable<(string Name, Regex Pattern)> Patterns()
    {
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        foreach (var type in typeof(ClaimDocument).Assembly.GetTypes())
        {
            foreach (var method in type.GetMethods(Static).Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !m.ContainsGenericParameters))
            {
                yield return ($"{type.Name}.{method.Name}", (Regex)method.Invoke(null, null)!);
            }

            foreach (var field in type.GetFields(Static).Where(f => f.FieldType == typeof(Regex)))
            {
                if (field.GetValue(null) is Regex pattern)
                {
                    yield return ($"{type.Name}.{field.Name}", pattern);
                }
            }
        }
    }

    private static List<string> Inputs()
    {
        var random = new Random(31);
        var inputs = new List<string>
        {
            "The ministry raised duties on cement imports to 40% on Monday, except for Bolivia.",
            "for the a b c d e f g h",
            "its own big new red old fine tariffs on",
            "the the the the the the the the the the",
            "The a b c d e f g h i j k l m n",
        };
        for (var i = 0; i < 300; i++)
        {
            inputs.Add(string.Join(' ', Enumerable.Range(0, 4 + random.Next(30)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)])));
        }

        return inputs;
    }

    [Fact]
    public async Task Every_pattern_answers_word_sequences_in_bounded_time()
    {
        var patterns = Patterns().DistinctBy(p => p.Pattern).ToList();
        Assert.True(patterns.Count > 100, $"only {patterns.Count} patterns found: the reflection no longer sees them");
        var inputs = Inputs();
        var stalled = new List<string>();
        foreach (var (name, pattern) in patterns)
        {
            // The first match of a compiled pattern also compiles it: not part of what is bounded.
            pattern.IsMatch("a warm-up sentence");
            foreach (var input in inputs)
            {
                var match = Task.Run(() => pattern.IsMatch(input));
                if (await Task.WhenAny(match, Task.Delay(Bound)) != match)
                {
                    stalled.Add($"{name} on \"{input}\"");
                    break;
                }
            }
        }

        Assert.True(stalled.Count == 0, "patterns that did not answer within " + Bound + ": " + string.Join("; ", stalled));
    }
}

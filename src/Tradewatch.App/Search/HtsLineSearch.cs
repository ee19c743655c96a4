using System.Collections.Concurrent;
using Tradewatch.Core.Schedule;

namespace Tradewatch.App.Search;

/// <summary>A US tariff line a search found, with its score and its full description (its headings' words, then its own).</summary>
public sealed record HtsHit(TariffLine Line, double Score, string FullDescription);

/// <summary>
/// The lines a search found, best first (<see cref="HtsLineSearch.Find"/>): the words searched, and those of the search left out
/// to find them (none when lines hold every word).
/// </summary>
public sealed record HtsFound(IReadOnlyList<HtsHit> Hits, string Searched, IReadOnlyList<string> LeftOut);

/// <summary>
/// The US tariff and statistical lines of a schedule revision ranked against a search, for
/// <c>hts search</c> and the site's search alike. Chapter 99's additional duties (9903) are left out: its
/// provisions are measures, not goods. A line is found when every word of the search is found in its full
/// description, read as <see cref="SearchWords"/> reads any text (stems, synonyms, a word's start).
/// <para>
/// Lines are ranked by the description on their path (a heading's, a subheading's or their own) that holds
/// the whole search most closely: its words side by side (<see cref="SearchWords.PhraseIn"/>) over merely
/// all present (<see cref="ScatteredWeight"/>), in a short description over a long one (divided by the square
/// root of its number of stems), the line's own over a heading's (<see cref="OwnWeight"/>), and less for each
/// level the line lies below it (<see cref="LevelDecay"/>), times how well the words are found there
/// (<see cref="SearchWords.Strength"/>). So "permanent magnets" ranks 8505.11.00 (of metal, right under
/// "Permanent magnets and articles ...") above 8505.19.10.00 (flexible magnets, under "Other" below it),
/// although the latter's own words say "magnets". A description whose head noun (<see cref="DescriptionHeads"/>) is
/// the search's last word is closer by <see cref="HeadWeight"/>: "magnets" ranks "Flexible magnets" and the lines under
/// "Permanent magnets and articles ..." above "Magnetic media"; one where the search's last word only qualifies what it names
/// (after a preposition or participle: "Of a kind used on motor cars" of inner tubes) is further by
/// <see cref="QualifiedWeight"/>. As the terms of a heading determine what its goods are, a line whose heading has the
/// search's last word as a head, in one of the word's own forms (<see cref="SearchWords.HeadFormIn"/>: "Paintings" are no paints), and its other words in its names of goods ("Motorcycles ..." of 8711) weighs <see cref="HeadingWeight"/> times one under a heading
/// of other goods (<see cref="HeadingHeadWeight"/> times when only the head is named) ("Inner tubes" of 4013, whose statistical line for motorcycles says "Motorcycle"). To that closeness (times <see cref="WholeWeight"/>) each word
/// adds its best description's worth apart, which ranks the lines whose words are spread over several
/// descriptions and parts the lines alike in closeness. The special
/// provisions of chapters 98 and 99 (goods returned, temporary reductions in 9902) come after the goods of
/// chapters 1 to 97, so they lead only a search that finds nothing else. A line whose heading also names a kind of the searched
/// goods weighs <see cref="KindWeight"/> times more, as holding them in the sense the word most often has.
/// </para>
/// <para>
/// A search naming goods by a common name ("laptop") is also read as the schedule words it
/// (<see cref="SearchWords.Readings"/>); a line's score is its best reading's, times that reading's weight.
/// </para>
/// </summary>
public sealed class HtsLineSearch
{
    /// <summary>What a word found in the line's own description is worth against one found in a heading's.</summary>
    public const double OwnWeight = 1.5;

    /// <summary>What a description holding every word of the search, though not side by side, is worth against one holding them as a phrase.</summary>
    public const double ScatteredWeight = 0.5;

    /// <summary>What a description holding the search is worth for a line one level below it, against the line it describes.</summary>
    public const double LevelDecay = 0.8;

    /// <summary>
    /// What the closeness of the description holding the whole search is worth against each word's best
    /// description apart: enough that one level closer to a phrase outweighs a word repeated in the line's own words.
    /// </summary>
    public const double WholeWeight = 20;

    /// <summary>What a description holding the search is worth when the search's last word is its head noun, against one where the word only qualifies another ("magnetic media").</summary>
    public const double HeadWeight = 2;

    /// <summary>
    /// What a line is worth when its heading (the top of its path) has the search's last word as a head noun, against one whose heading names other goods:
    /// enough that a short line of other goods used with the searched ones ("Motorcycle" of 4013's inner tubes) does not outrank the goods' own heading.
    /// </summary>
    public const double HeadingWeight = 10;

    /// <summary>
    /// What a line is worth when its heading has the search's last word as a head but not its other words in its names of goods
    /// ("machines for forming foundry molds" of 8474 for "washing machine", where washing qualifies machinery), against one whose heading names other goods.
    /// </summary>
    public const double HeadingHeadWeight = 2;

    /// <summary>
    /// What a line is worth when its heading names a kind of the goods searched (<see cref="SearchWords.KindShare"/>, a WordNet hypernym of
    /// the search's last word: "similar containers" of 4202 for "wallet"), against one whose heading does not: a heading naming the goods
    /// among goods of another kind ("Boxes, pouches, wallets and writing compendiums, of paper" of stationery) may name them in another sense.
    /// </summary>
    public const double KindWeight = 10;

    /// <summary>What a description holding the search is worth when the search's last word is in none of its names of goods, only in what qualifies them ("of a kind used on motor cars"), against one where it is in a name.</summary>
    public const double QualifiedWeight = 0.5;

    private readonly ConcurrentDictionary<(string Source, string Revision), Lazy<IReadOnlyList<Entry>>> revisions = new();

    /// <param name="Weight">The description's worth: <see cref="OwnWeight"/> or 1, over the square root of its number of stems.</param>
    /// <param name="Below">How many levels the line lies below the description (0: its own).</param>
    /// <param name="Names">The stems of the description's head nouns and of its names of goods (<see cref="DescriptionHeads"/>).</param>
    private sealed record Node(SearchText Text, double Weight, int Below, DescriptionNames Names);

    private sealed record Entry(TariffLine Line, string FullDescription, SearchText All, Node[] Nodes, bool Special);

    /// <summary>
    /// The lines of <paramref name="revision"/> that hold every word of <paramref name="words"/>, best
    /// first (then by code); none for a search of no words. A revision's descriptions are stemmed once,
    /// when it is first searched.
    /// </summary>
    public IReadOnlyList<HtsHit> Search(TariffSchedule schedule, ScheduleRevision revision, SearchWords words)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(revision);
        ArgumentNullException.ThrowIfNull(words);
        if (words.IsEmpty)
        {
            return [];
        }

        var entries = Entries(schedule, revision);
        var readings = words.Readings;
        var hits = new List<(HtsHit Hit, bool Special)>();
        foreach (var entry in entries)
        {
            double score = 0;
            var found = false;
            foreach (var reading in readings)
            {
                if (reading.AllIn(entry.All))
                {
                    found = true;
                    score = Math.Max(score, reading.Weight * ScoreOf(entry, reading));
                }
            }

            if (found)
            {
                hits.Add((new HtsHit(entry.Line, Math.Round(score, 3), entry.FullDescription), entry.Special));
            }
        }

        return [.. hits.OrderBy(h => h.Special).ThenByDescending(h => h.Hit.Score).ThenBy(h => h.Hit.Line.Code.ToString(), StringComparer.Ordinal).Select(h => h.Hit)];
    }

    /// <summary>The most words a search may have for <see cref="Find"/> to try it without some of them.</summary>
    public const int MaxWordsToLeaveOut = 6;

    /// <summary>
    /// The lines of <paramref name="revision"/> for <paramref name="query"/> as <see cref="Search"/> ranks them; when no line holds
    /// every word of a search of several, the lines of the narrowest search made of fewer of its words (as many as still find a line,
    /// and of those the one finding fewest lines, its words being the rarest in the schedule), with the words left out, so
    /// "solar panel", which the schedule words as photovoltaic modules, finds the lines that say "solar" and says it left out "panel".
    /// A tie keeps the search's last word, the head of a name of goods. A search of more than <see cref="MaxWordsToLeaveOut"/> words
    /// is not tried without any.
    /// </summary>
    public HtsFound Find(TariffSchedule schedule, ScheduleRevision revision, string? query, SearchLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var hits = Search(schedule, revision, SearchWords.Of(query, lexicon));
        var words = SearchWords.WordsOf(query);
        if (hits.Count > 0 || words.Count < 2 || words.Count > MaxWordsToLeaveOut)
        {
            return new HtsFound(hits, query?.Trim() ?? string.Empty, []);
        }

        for (var keep = words.Count - 1; keep >= 1; keep--)
        {
            HtsFound? best = null;
            foreach (var kept in Subsets(words.Count, keep))
            {
                var searched = string.Join(' ', kept.Select(i => words[i]));
                var found = Search(schedule, revision, SearchWords.Of(searched, lexicon));
                var narrower = best is null || found.Count < best.Hits.Count || (found.Count == best.Hits.Count && kept.Contains(words.Count - 1));
                if (found.Count > 0 && narrower)
                {
                    best = new HtsFound(found, searched, [.. words.Where((_, i) => !kept.Contains(i))]);
                }
            }

            if (best is not null)
            {
                return best;
            }
        }

        return new HtsFound([], query?.Trim() ?? string.Empty, []);
    }

    /// <summary>The sets of <paramref name="size"/> of the numbers 0 to <paramref name="count"/> - 1, each in order.</summary>
    private static IEnumerable<int[]> Subsets(int count, int size)
    {
        for (var mask = 0; mask < 1 << count; mask++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)mask) == size)
            {
                yield return [.. Enumerable.Range(0, count).Where(i => (mask & (1 << i)) != 0)];
            }
        }
    }

    /// <summary>The line's worth for one reading of a search (which has no other readings), as the class's summary says.</summary>
    private static double ScoreOf(Entry entry, SearchWords words)
    {
        double whole = 0;
        foreach (var node in entry.Nodes)
        {
            if (words.AllIn(node.Text))
            {
                var closeness = node.Weight * Math.Pow(LevelDecay, node.Below) * (words.PhraseIn(node.Text) ? 1 : ScatteredWeight) * Naming(words, node.Names);
                whole = Math.Max(whole, closeness * words.Score(node.Text) / words.Count);
            }
        }

        double apart = 0;
        for (var term = 0; term < words.Count; term++)
        {
            double best = 0;
            foreach (var node in entry.Nodes)
            {
                if (node.Weight > best)
                {
                    best = Math.Max(best, node.Weight * words.Strength(term, node.Text));
                }
            }

            apart += best;
        }

        // the terms of the heading determine what the goods are (General Rule of Interpretation 1): a line under a
        // heading that names the searched goods is of them, one whose words only say what it is used with is not
        var top = entry.Nodes[0].Names;
        var heading = !words.HeadFormIn(top) ? 1 : (words.AllNamedIn(top.Named) ? HeadingWeight : HeadingHeadWeight) * (1 + ((KindWeight - 1) * words.KindShare(top)));
        return ((WholeWeight * whole) + apart) * heading;
    }

    /// <summary>How closely a description's names hold the search's last word: <see cref="HeadWeight"/> as a head, 1 in a name, <see cref="QualifiedWeight"/> only in a qualifier.</summary>
    private static double Naming(SearchWords words, DescriptionNames names) =>
        words.HeadIn(names.Heads) ? HeadWeight : words.HeadIn(names.Named) ? 1 : QualifiedWeight;

    /// <summary>Stems the revision's descriptions now (a server does it at start), so its first search does not wait.</summary>
    public void Prepare(TariffSchedule schedule, ScheduleRevision revision)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(revision);
        _ = Entries(schedule, revision);
    }

    private IReadOnlyList<Entry> Entries(TariffSchedule schedule, ScheduleRevision revision) =>
        revisions.GetOrAdd((schedule.Source, revision.Id), _ => new Lazy<IReadOnlyList<Entry>>(() => Build(schedule, revision))).Value;

    private static List<Entry> Build(TariffSchedule schedule, ScheduleRevision revision)
    {
        // a heading's words are stemmed once for all the lines under it
        var texts = new Dictionary<string, (SearchText Text, DescriptionNames Names)>(StringComparer.Ordinal);
        (SearchText Text, DescriptionNames Names) TextOf(string description) =>
            texts.TryGetValue(description, out var t) ? t : texts[description] = (SearchText.Of(description), DescriptionHeads.Read(description));
        Node NodeOf(string description, double weight, int below)
        {
            var (text, names) = TextOf(description);
            return new Node(text, weight / Math.Sqrt(Math.Max(1, text.Count)), below, names);
        }

        var entries = new List<Entry>();
        foreach (var line in schedule.Lines(revision))
        {
            if (line.Code.Length < 8 || line.IsChapter99)
            {
                continue;
            }

            var path = schedule.Path(revision, line.Code).Select(n => n.Description).ToList();
            Node[] nodes = [.. path.Select((d, i) => NodeOf(d, 1, path.Count - i)), NodeOf(line.Description, OwnWeight, 0)];
            var chapter = line.Code.Truncate(2).Digits;
            entries.Add(new Entry(line, string.Join(" > ", path.Append(line.Description)), SearchText.Union(nodes.Select(n => n.Text)), nodes, chapter is "98" or "99"));
        }

        return entries;
    }
}

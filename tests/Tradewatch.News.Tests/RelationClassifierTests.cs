using Tradewatch.News.Dedup;
using Tradewatch.News.Pipeline;

namespace Tradewatch.News.Tests;

public class RelationClassifierTests
{
    private static readonly Dictionary<string, string> Texts = NewsPipeline.Run(Samples.All()).Reports.ToDictionary(r => r.Id, r => r.Clean.Text);

    private static DuplicateRelation? Relation(string a, string b) =>
        RelationClassifier.Classify(a, Texts[a], Fingerprint.Of(Texts[a]), b, Texts[b], Fingerprint.Of(Texts[b]))?.Relation;

    [Fact]
    public void A_republished_report_is_a_copy() =>
        Assert.Equal(DuplicateRelation.Copy, Relation("01-wire-steel-talks.txt", "02-copy-steel-talks.txt"));

    [Fact]
    public void A_later_report_with_new_paragraphs_inside_is_a_version() =>
        Assert.Equal(DuplicateRelation.Version, Relation("01-wire-steel-talks.txt", "03-version-steel-talks.txt"));

    [Fact]
    public void A_report_retold_sentence_by_sentence_is_a_rewrite() =>
        Assert.Equal(DuplicateRelation.Rewrite, Relation("01-wire-steel-talks.txt", "04-rewrite-steel-talks.txt"));

    [Fact]
    public void Another_report_of_the_same_event_is_no_duplicate() =>
        Assert.Null(Relation("01-wire-steel-talks.txt", "05-steel-talks-analysis.md"));

    [Fact]
    public void Containment_finds_a_short_version_inside_a_long_one_at_low_jaccard()
    {
        var shortText = string.Join(" ", Enumerable.Range(0, 60).Select(i => $"word{i}")) + ".";
        var longText = shortText + " " + string.Join(" ", Enumerable.Range(100, 200).Select(i => $"other{i}")) + ".";
        var pair = RelationClassifier.Classify("a", shortText, Fingerprint.Of(shortText), "b", longText, Fingerprint.Of(longText));
        Assert.NotNull(pair);
        Assert.True(pair.Jaccard < 0.3);
        Assert.True(pair.Containment > 0.95);
    }

    [Fact]
    public void The_index_finds_each_copy_once_however_many_there_are()
    {
        var index = new NearDuplicateIndex();
        var text = Texts["01-wire-steel-talks.txt"];
        var found = Enumerable.Range(0, 50).Select(i => index.Add($"copy{i}", text, Fingerprint.Of(text)).Count).ToList();
        Assert.Equal(0, found[0]);
        Assert.All(found.Skip(1), n => Assert.InRange(n, 1, NearDuplicateIndex.MaxCandidates));
    }

    [Fact]
    public void A_full_bucket_keeps_the_same_members_whatever_order_they_came_in()
    {
        // Twice as many versions of one report as a bucket holds, each with a line of its own and ranked by a name
        // unrelated to its place: the index keeps the same of them, and offers the same candidates, in both orders.
        var text = Texts["01-wire-steel-talks.txt"];
        var versions = Enumerable.Range(0, 2 * NearDuplicateIndex.BucketCapacity)
            .Select(i => (Id: $"v{i}", Text: $"{text} Desk note {i}.", Rank: $"{(i * 7) % 24:00}"))
            .ToList();
        var probe = Fingerprint.Of(text + " Desk note probe.");

        IReadOnlyList<string> Offered(IEnumerable<(string Id, string Text, string Rank)> order)
        {
            var index = new NearDuplicateIndex();
            var ids = new List<string>();
            foreach (var (id, versionText, rank) in order)
            {
                index.Add(id, versionText, Fingerprint.Of(versionText), rank);
                ids.Add(id);
            }

            return index.Candidates(Lsh.BandKeys(probe), limit: versions.Count).Select(e => ids[e]).ToList();
        }

        var forward = Offered(versions);
        Assert.InRange(forward.Count, NearDuplicateIndex.BucketCapacity, versions.Count - 1);
        Assert.Equal(forward, Offered(Enumerable.Reverse(versions)));
    }

    private static readonly string[] Told =
    [
        "Port workers in Antwerp began a two-day strike on Monday over pension changes proposed by the government.",
        "The union said about 4,000 dockers stopped work at midnight and would return on Wednesday morning.",
        "Shipping lines diverted several container vessels to Rotterdam while the terminals stood idle.",
        "The transport minister called the walkout irresponsible and urged the union to return to talks.",
        "Exporters of chemicals and cars warned that the delays would cost them millions of euros a day.",
        "A previous strike in March had left more than 30 ships waiting at anchor off the coast.",
    ];

    private static readonly string[] Retold =
    [
        "Dockers at the port of Antwerp walked out on Monday for two days, protesting the government's pension plans.",
        "Some 4,000 port workers stopped work from midnight, the union said, and will be back Wednesday morning.",
        "Several container ships were sent on to Rotterdam by their lines as the terminals stayed idle.",
        "Calling the strike irresponsible, the transport minister urged union leaders back to the talks.",
        "Business groups said the stoppage came at a bad time for the economy.",
        "Car and chemical exporters said the delays would cost them millions of euros each day.",
    ];

    [Fact]
    public void A_report_retold_in_its_own_order_with_loose_paraphrases_is_a_rewrite()
    {
        var a = string.Join(" ", Told);
        var b = string.Join(" ", Retold);
        Assert.Equal(DuplicateRelation.Rewrite, RelationClassifier.Classify("a", a, Fingerprint.Of(a), "b", b, Fingerprint.Of(b))?.Relation);
    }

    [Fact]
    public void The_same_sentences_shuffled_and_mostly_dropped_align_too_little_in_order()
    {
        var a = string.Join(" ", Told);
        var b = string.Join(" ", new[] { Retold[5], Retold[4], "The strike was the third this year at the port, which handles a fifth of Belgian exports.", "Talks with the government are due to resume next month.", "Analysts expect the pension reform to pass in parliament before the summer.", "Police reported no incidents at the terminals." });
        Assert.False(RelationClassifier.OrderedRewrite(Sentences(a), Sentences(b)));
    }

    [Fact]
    public void Two_reports_sharing_two_sentences_of_their_own_few_are_not_rewrites()
    {
        // Half of each report is the same two sentences (a paragraph of background both printed), the rest their own.
        var a = string.Join(" ", Told[1], Told[2], "Grain traders in Ghent reported brisk business as barges took cargo the ships could not unload today.", "The city council approved a new tram line linking the old harbour district with the central station.");
        var b = string.Join(" ", "A court in Brussels fined two trading firms for breaking rules on the labelling of imported honey last year.", Told[1], "Farm groups welcomed the ruling and asked inspectors to widen their checks to fruit juices and syrups.", Told[2]);
        var pair = RelationClassifier.Classify("a", a, Fingerprint.Of(a), "b", b, Fingerprint.Of(b));
        Assert.True(pair is null, $"classified as {pair?.Relation} (containment {pair?.Containment:F2})");
    }

    [Fact]
    public void A_retold_report_shares_sentence_keys_with_its_original_and_another_report_does_not()
    {
        var told = SentenceKeys.Of(string.Join(" ", Told));
        var retold = SentenceKeys.Of(string.Join(" ", Retold));
        var other = SentenceKeys.Of(Texts["05-steel-talks-analysis.md"]);
        Assert.InRange(told.Intersect(retold).Count(), SentenceKeys.MinShared, int.MaxValue);
        Assert.InRange(told.Intersect(other).Count(), 0, SentenceKeys.MinShared - 1);
        Assert.Equal(told, SentenceKeys.Of(string.Join(" ", Told)));
    }

    private static List<(HashSet<string> Words, int Length)> Sentences(string text) => Tradewatch.News.Text.Sentences.ContentSets(text);
}

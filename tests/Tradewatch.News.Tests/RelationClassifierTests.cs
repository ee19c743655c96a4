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
}

namespace Tradewatch.News.Dedup;

/// <summary>How two reports that carry the same underlying text relate (FORMAT.md).</summary>
public enum DuplicateRelation
{
    /// <summary>Republished, lightly edited: the same sentences in the same order, perhaps cut short.</summary>
    Copy,

    /// <summary>An earlier or later version of one report: one contains most of the other, with new material inside it.</summary>
    Version,

    /// <summary>The same report retold in other words, sentence by sentence.</summary>
    Rewrite,
}

/// <summary>Two reports found to carry the same text, with the figures the relation was decided on.</summary>
public sealed record DuplicatePair(string First, string Second, DuplicateRelation Relation, double Jaccard, double Containment);

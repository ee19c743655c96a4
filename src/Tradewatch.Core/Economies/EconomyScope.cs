namespace Tradewatch.Core.Economies;

/// <summary>The economies a measure targets: every economy (<c>*</c>) or a list, less exclusions.</summary>
public sealed record EconomyScope(bool All, IReadOnlyList<Economy> Include, IReadOnlyList<Economy> Exclude)
{
    public bool Contains(Economy economy)
    {
        foreach (var excluded in Exclude)
        {
            if (excluded == economy)
            {
                return false;
            }
        }

        if (All)
        {
            return true;
        }

        foreach (var included in Include)
        {
            if (included == economy)
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString()
    {
        var text = All ? "*" : string.Join(", ", Include);
        return Exclude.Count > 0 ? $"{text} except {string.Join(", ", Exclude)}" : text;
    }
}

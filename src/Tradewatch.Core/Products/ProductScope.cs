namespace Tradewatch.Core.Products;

/// <summary>
/// The goods a measure covers: all goods, or the codes under any of <see cref="Include"/> that are
/// not under any of <see cref="Exclude"/>. Prefixes may be at any level (chapter, heading, subheading, national line).
/// </summary>
public sealed record ProductScope
{
    public static readonly ProductScope AllGoods = new(true, [], [], null);

    public ProductScope(bool all, IReadOnlyList<HsCode> include, IReadOnlyList<HsCode> exclude, string? description)
    {
        if (!all && include.Count == 0)
        {
            throw new ArgumentException("A product scope needs at least one included code unless it covers all goods.", nameof(include));
        }

        All = all;
        Include = include;
        Exclude = exclude;
        Description = description;
    }

    public bool All { get; }

    public IReadOnlyList<HsCode> Include { get; }

    public IReadOnlyList<HsCode> Exclude { get; }

    /// <summary>Words for the scope where codes alone do not say it (e.g. "a coarser scope than the USTR lists").</summary>
    public string? Description { get; }

    /// <summary>
    /// True when the codes are coarser than the legal text's list (a chapter or heading standing for
    /// the lines an annex names): answers resting on the scope are approximate and say so.
    /// </summary>
    public bool Approximate { get; init; }

    /// <summary>
    /// How closely the scope names the code: 0 when it does not cover it, 1 for all goods, otherwise
    /// 1 + the digits of the longest included prefix. Used to pick the most specific of rival layers.
    /// </summary>
    public int Specificity(HsCode code)
    {
        for (var i = 0; i < Exclude.Count; i++)
        {
            if (code.StartsWith(Exclude[i]))
            {
                return 0;
            }
        }

        if (All)
        {
            return 1;
        }

        var best = 0;
        for (var i = 0; i < Include.Count; i++)
        {
            var prefix = Include[i];
            if (prefix.Length + 1 > best && code.StartsWith(prefix))
            {
                best = prefix.Length + 1;
            }
        }

        return best;
    }

    public bool Covers(HsCode code) => Specificity(code) > 0;

    public override string ToString()
    {
        var text = All ? "all goods" : string.Join(", ", Include);
        if (Exclude.Count > 0)
        {
            text += " except " + string.Join(", ", Exclude);
        }

        return text;
    }
}

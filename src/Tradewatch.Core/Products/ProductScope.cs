namespace Tradewatch.Core.Products;

/// <summary>
/// The goods a measure covers: all goods, or the codes under any of <see cref="Include"/> that are
/// not under any of <see cref="Exclude"/>. Prefixes may be at any level (chapter, heading, subheading, national line).
/// A scope may name thousands of tariff lines (a Section 301 list): lookups go through
/// <see cref="PrefixSet"/>s, a few binary searches whatever the scope's size.
/// </summary>
public sealed record ProductScope
{
    public static readonly ProductScope AllGoods = new(true, [], [], null);

    private readonly PrefixSet _include;
    private readonly PrefixSet _exclude;

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
        _include = new PrefixSet(include);
        _exclude = new PrefixSet(exclude);
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

    /// <summary>The named scope lists (<c>data/scopes/NAME.txt</c>) whose codes are in <see cref="Include"/>: what a line's page names as the lists holding it.</summary>
    public IReadOnlyList<string> IncludeLists { get; init; } = [];

    /// <summary>The named scope lists whose codes are in <see cref="Exclude"/>: exemption lists such as Annex II.</summary>
    public IReadOnlyList<string> ExcludeLists { get; init; } = [];

    /// <summary>
    /// How closely the scope names the code: 0 when it does not cover it, 1 for all goods, otherwise
    /// 1 + the digits of the longest included prefix. Used to pick the most specific of rival layers.
    /// A code asked at a coarser level than the scope's lines (8505.11 against the line 8505.11.00)
    /// is covered when some line under it is (1 + its own digits): the layer may apply, and
    /// <see cref="CoversPartly"/> says that only some of its lines are named.
    /// </summary>
    public int Specificity(HsCode code)
    {
        if (_exclude.LongestPrefixOf(code) > 0)
        {
            return 0;
        }

        if (All)
        {
            return 1;
        }

        var length = _include.LongestPrefixOf(code);
        return length > 0 ? length + 1 : _include.HasCodeUnder(code) ? code.Length + 1 : 0;
    }

    public bool Covers(HsCode code) => Specificity(code) > 0;

    /// <summary>
    /// True when the scope names some, not all, of the lines under the code (or excludes some of them):
    /// the answer depends on the line. A line that is the code followed by zeros (8703.80.00 under
    /// 8703.80) is the code undivided, so naming it names the whole code.
    /// </summary>
    public bool CoversPartly(HsCode code) =>
        (_include.LongestPrefixOf(code) == 0 && !All && _include.HasCodeUnder(code) && !NamesUndivided(_include, code))
        || (_exclude.LongestPrefixOf(code) == 0 && _exclude.HasCodeUnder(code) && !NamesUndivided(_exclude, code));

    private static bool NamesUndivided(PrefixSet set, HsCode code)
    {
        for (var length = code.Length + 2; length <= HsCode.MaxDigits; length += 2)
        {
            if (set.LongestPrefixOf(HsCode.Parse(code.Digits.PadRight(length, '0'))) == length)
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString()
    {
        const int shown = 12;
        static string List(IReadOnlyList<HsCode> codes) =>
            codes.Count <= shown ? string.Join(", ", codes) : string.Join(", ", codes.Take(shown)) + $" and {codes.Count - shown} more";

        var text = All ? "all goods" : List(Include);
        if (Exclude.Count > 0)
        {
            text += " except " + List(Exclude);
        }

        return text;
    }
}

namespace Tradewatch.Core.Ledger;

/// <summary>What kind of text a source is: how far an answer resting on it can be trusted.</summary>
public enum SourceKind
{
    /// <summary>The legal text or the authority's own notice: an order, a Federal Register document, a ministry announcement, a court opinion.</summary>
    Primary,

    /// <summary>A law firm's or trade practitioners' analysis.</summary>
    LawFirm,

    /// <summary>A news report.</summary>
    News,

    /// <summary>Anything else: blogs, aggregators, trackers.</summary>
    Other,
}

/// <summary>Classifies a source URL by its host. The lists are data: a host not named is <see cref="SourceKind.Other"/>.</summary>
public static class SourceKinds
{
    // Governments, their gazettes and courts; the CBP's CSMS messages are sent through govdelivery.
    // Not every government host publishes primary texts: scio.gov.cn reposts news reports, so it is not listed.
    private static readonly string[] PrimaryHosts =
    [
        "federalregister.gov", "govinfo.gov", "whitehouse.gov", "ustr.gov", "bis.gov", "bis.doc.gov", "commerce.gov",
        "cbp.gov", "usitc.gov", "supremecourt.gov", "uscourts.gov", "congress.gov", "treasury.gov",
        "mofcom.gov.cn", "mof.gov.cn", "customs.gov.cn", "mot.gov.cn", "www.gov.cn",
        "canada.ca", "gc.ca", "europa.eu",
    ];

    private static readonly string[] PrimaryPrefixes = ["content.govdelivery.com/accounts/USDHSCBP"];

    private static readonly string[] LawFirmHosts =
    [
        "hklaw.com", "thompsonhinesmartrade.com", "thompsonhine.com", "thompsoncoburn.com", "kirkland.com", "pillsburylaw.com",
        "joneswalker.com", "strtrade.com", "mondaq.com", "vedderprice.com", "gvw.com", "lexblog.com", "lexology.com",
        "gdlsk.com", "crowell.com", "sidley.com", "whitecase.com", "akingump.com", "kslaw.com", "steptoe.com",
        "wiley.law", "bakermckenzie.com", "cov.com", "gibsondunn.com", "mayerbrown.com", "morganlewis.com", "lawyerfanzhang.com",
    ];

    private static readonly string[] NewsHosts =
    [
        "reuters.com", "apnews.com", "bloomberg.com", "ft.com", "wsj.com", "nytimes.com", "cnbc.com", "bbc.co.uk", "bbc.com",
        "people.cn", "xinhuanet.com", "news.cn", "globaltimes.cn", "chinadaily.com.cn", "shine.cn", "scmp.com", "japantimes.co.jp",
        "livemint.com", "steelorbis.com", "bastillepost.com", "srnnews.com", "pakistantoday.com.pk", "gcaptain.com", "cbc.ca",
        "miragenews.com", "politico.com", "politico.eu", "theguardian.com", "aljazeera.com", "cgtn.com", "caixinglobal.com",
    ];

    public static SourceKind Of(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return SourceKind.Other;
        }

        var host = uri.Host.ToLowerInvariant();
        var hostAndPath = host + uri.AbsolutePath;
        if (PrimaryPrefixes.Any(p => hostAndPath.StartsWith(p, StringComparison.OrdinalIgnoreCase)) || Matches(host, PrimaryHosts))
        {
            return SourceKind.Primary;
        }

        return Matches(host, LawFirmHosts) ? SourceKind.LawFirm
            : Matches(host, NewsHosts) ? SourceKind.News
            : SourceKind.Other;
    }

    /// <summary>True when at least one of the sources is a primary text.</summary>
    public static bool HasPrimary(IEnumerable<string> sources) => sources.Any(s => Of(s) == SourceKind.Primary);

    /// <summary>The kind as written in output: primary, law firm, news, other.</summary>
    public static string Name(SourceKind kind) => kind switch
    {
        SourceKind.Primary => "primary",
        SourceKind.LawFirm => "law firm",
        SourceKind.News => "news",
        _ => "other",
    };

    private static bool Matches(string host, string[] domains) =>
        domains.Any(d => host == d || host.EndsWith("." + d, StringComparison.Ordinal));
}

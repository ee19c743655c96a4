using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Tradewatch.App.Ledger;
using Tradewatch.Core.Ledger;
using Tradewatch.Server.News;

namespace Tradewatch.Server.Pages;

/// <summary>
/// Atom 1.0 feeds (RFC 4287), written by System.ServiceModel.Syndication: the ledger's changes
/// (<c>/ledger/changes.atom</c>: every record, rate entry, suspension change and correction, latest
/// recorded first) and the review queue's new proposals (<c>/review/proposals.atom</c>). Entry ids
/// are name-based UUIDs of what the entry is, so a reader sees each change once.
/// </summary>
public static class AtomFeeds
{
    public const int MaxEntries = 200;

    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static IResult LedgerChanges(HttpContext http, LedgerSession ledger)
    {
        var current = ledger.Ledger;
        var root = Root(http);
        var entries = current.Measures
            .SelectMany(m => RecordHistory.Of(current, m.Id).Select(e => (Entry: e, Link: $"/ledger/measures/{Uri.EscapeDataString(m.Id)}")))
            .Concat(LedgerRecordRow.Of(current).Where(r => r.Type is "agreement" or "deadline" or "notice")
                .Select(r => (Entry: new HistoryEntry(r.Recorded, $"{r.Type} {r.Id}", "recorded", r.Sources), Link: "/calendar")))
            .DistinctBy(e => (e.Entry.Recorded, e.Entry.Record, e.Entry.Change))
            .OrderByDescending(e => e.Entry.Recorded).ThenBy(e => e.Entry.Record, StringComparer.Ordinal)
            .Take(MaxEntries)
            .Select(e =>
            {
                var text = e.Entry.Change + (e.Entry.Sources.Count > 0 ? $" Sources: {string.Join(", ", e.Entry.Sources)}." : string.Empty);
                return Item(Id("ledger", e.Entry.Record, e.Entry.Change, e.Entry.Recorded.ToString("O")), $"{e.Entry.Record}: {Clip(e.Entry.Change)}", text, new Uri(root, e.Link), e.Entry.Recorded);
            })
            .ToList();
        var updated = LedgerRecordRow.LatestRecorded(current) ?? DateTimeOffset.UnixEpoch;
        return Write(Feed(root, "/ledger/changes.atom", "/ledger", "Tradewatch: ledger changes", "Records added to the trade ledger, latest recorded first.", entries, updated));
    }

    public static IResult Proposals(HttpContext http, NewsService news)
    {
        var root = Root(http);
        var entries = news.Proposals(null)
            .OrderByDescending(p => p.ProposedAt).ThenByDescending(p => p.Id)
            .Take(MaxEntries)
            .Select(p => Item(
                Id("proposal", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                $"Proposal {p.Id}: {Clip(p.Summary)}",
                $"{p.Summary} ({p.Verdict}: {p.Explanation}) Now {p.State}.{(p.Sources.Count > 0 ? $" Sources: {string.Join(", ", p.Sources.Select(s => s.Url ?? s.Outlet ?? s.Document))}." : string.Empty)}",
                new Uri(root, $"/review?state=all#p{p.Id}"),
                p.ProposedAt))
            .ToList();
        var updated = entries.Count > 0 ? entries.Max(e => e.LastUpdatedTime) : DateTimeOffset.UnixEpoch;
        return Write(Feed(root, "/review/proposals.atom", "/review", "Tradewatch: proposed ledger changes", "Changes the news proposes to the ledger, for a curator to review, newest first.", entries, updated));
    }

    /// <summary>The link a page's head carries so feed readers find the ledger's feed.</summary>
    public static Html Discovery => Html.Of($"""
        <link rel="alternate" type="application/atom+xml" title="Ledger changes" href="/ledger/changes.atom">
        <link rel="alternate" type="application/atom+xml" title="Proposed ledger changes" href="/review/proposals.atom">
        """);

    private static Uri Root(HttpContext http) => new($"{http.Request.Scheme}://{http.Request.Host}/");

    private static SyndicationItem Item(string id, string title, string text, Uri link, DateTimeOffset updated)
    {
        var item = new SyndicationItem(title, SyndicationContent.CreatePlaintextContent(text), link, id, updated);
        item.PublishDate = updated;
        return item;
    }

    private static SyndicationFeed Feed(Uri root, string self, string alternate, string title, string subtitle, IReadOnlyList<SyndicationItem> items, DateTimeOffset updated)
    {
        var feed = new SyndicationFeed(title, subtitle, new Uri(root, alternate), Id("feed", self), updated, items);
        feed.Authors.Add(new SyndicationPerson { Name = "Tradewatch" });
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(root, self), "application/atom+xml"));
        feed.Generator = "Tradewatch";
        return feed;
    }

    private static IResult Write(SyndicationFeed feed)
    {
        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        // StringBuilder output declares UTF-16; the bytes sent are UTF-8.
        var xml = output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
        return Results.Text(xml, ContentType);
    }

    /// <summary>A name-based UUID URN (version 8, from SHA-256) for what the entry is.</summary>
    private static string Id(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("tradewatch\n" + string.Join('\n', parts)));
        var bytes = hash[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return $"urn:uuid:{new Guid(bytes)}";
    }

    private static string Clip(string text) => text.Length <= 120 ? text : text[..119] + "…";
}

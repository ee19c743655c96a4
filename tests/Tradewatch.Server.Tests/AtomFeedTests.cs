using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Tradewatch.News.Reading;

namespace Tradewatch.Server.Tests;

/// <summary>The Atom feeds checked against what RFC 4287 requires of a feed and of each entry, and read back by the project's own feed reader.</summary>
public sealed class AtomFeedTests : IClassFixture<ServerFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly ServerFactory factory;
    private readonly HttpClient client;

    public AtomFeedTests(ServerFactory factory)
    {
        this.factory = factory;
        client = factory.CreateClient();
    }

    private async Task<XDocument> Feed(string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var xml = await response.Content.ReadAsStringAsync();
        Assert.Equal(FeedParser.Parse(xml).Items.Count, XDocument.Parse(xml).Root!.Elements(Atom + "entry").Count());
        return XDocument.Parse(xml);
    }

    /// <summary>RFC 4287 4.1.1 and 4.1.2: one id, title and updated each; an author on the feed; a self link; ids unique IRIs; dates RFC 3339.</summary>
    private static void AssertValidAtom(XDocument doc, string self)
    {
        var feed = doc.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var name in new[] { "id", "title", "updated" })
        {
            Assert.Single(feed.Elements(Atom + name));
        }

        Assert.NotEmpty(feed.Elements(Atom + "author").Elements(Atom + "name"));
        Assert.Single(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self" && ((string)l.Attribute("href")!).EndsWith(self, StringComparison.Ordinal));
        var ids = new HashSet<string>(StringComparer.Ordinal) { feed.Element(Atom + "id")!.Value };
        var previous = DateTimeOffset.MaxValue;
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            foreach (var name in new[] { "id", "title", "updated" })
            {
                Assert.Single(entry.Elements(Atom + name));
            }

            var id = entry.Element(Atom + "id")!.Value;
            Assert.True(Uri.IsWellFormedUriString(id, UriKind.Absolute), id);
            Assert.True(ids.Add(id), $"id {id} twice");
            var updated = XmlConvert.ToDateTimeOffset(entry.Element(Atom + "updated")!.Value);
            Assert.True(updated <= previous, "entries are not latest first");
            previous = updated;
            Assert.Single(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate" && Uri.IsWellFormedUriString((string?)l.Attribute("href"), UriKind.Absolute));
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "content")?.Value));
        }
    }

    [Fact]
    public async Task The_ledger_changes_feed_is_valid_atom_and_an_acceptance_is_its_newest_entry()
    {
        var before = await Feed("/ledger/changes.atom");
        AssertValidAtom(before, "/ledger/changes.atom");
        Assert.NotEmpty(before.Root!.Elements(Atom + "entry"));
        var seen = before.Root.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToHashSet(StringComparer.Ordinal);

        var (curator, _) = factory.Tokens();
        var authed = factory.CreateClient();
        authed.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", curator);
        var open = await client.GetFromJsonAsync<JsonElement>("/api/review?state=open");
        var id = open[0].GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await authed.PostAsync($"/api/review/{id}/narrow?products=8711.60&from=2025-06-01&reason=e-bikes", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await authed.PostAsync($"/api/review/{id}/accept?reason=checked", null)).StatusCode);

        var after = await Feed("/ledger/changes.atom");
        AssertValidAtom(after, "/ledger/changes.atom");
        var newest = after.Root!.Elements(Atom + "entry").First();
        Assert.DoesNotContain(newest.Element(Atom + "id")!.Value, seen);
        Assert.True(XmlConvert.ToDateTimeOffset(after.Root.Element(Atom + "updated")!.Value) >= XmlConvert.ToDateTimeOffset(before.Root.Element(Atom + "updated")!.Value));
        Assert.Equal(newest.Element(Atom + "updated")!.Value, after.Root.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public async Task The_proposals_feed_is_valid_atom_with_one_entry_per_proposal_and_stable_ids()
    {
        var first = await Feed("/review/proposals.atom");
        AssertValidAtom(first, "/review/proposals.atom");
        var proposals = await client.GetFromJsonAsync<JsonElement>("/api/review");
        Assert.Equal(proposals.GetArrayLength(), first.Root!.Elements(Atom + "entry").Count());
        var again = await Feed("/review/proposals.atom");
        Assert.Equal(
            first.Root.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value),
            again.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value));
    }

    [Fact]
    public async Task Every_page_names_the_feeds_for_readers_to_find()
    {
        var html = await client.GetStringAsync("/");
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Ledger changes\" href=\"/ledger/changes.atom\">", html, StringComparison.Ordinal);
    }
}

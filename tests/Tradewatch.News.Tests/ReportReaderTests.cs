using System.IO.Compression;
using System.Text;
using Tradewatch.News.Reading;

namespace Tradewatch.News.Tests;

public class ReportReaderTests
{
    private static ReadResult Read(string name, string text) => ReportReader.Read(name, name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Front_matter_gives_the_metadata_and_is_not_in_the_body()
    {
        var result = Read("a.txt", "---\nurl: https://example.com/x\noutlet: Example\npublished: 2025-03-01\ntitle: A title\n---\nBody line one.\n");
        var report = Assert.Single(result.Reports);
        Assert.Equal(new ReportMetadata("A title", "https://example.com/x", "Example", new DateOnly(2025, 3, 1)), report.Metadata);
        Assert.Equal("Body line one.", report.Body.Trim());
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Front_matter_that_does_not_parse_is_a_warning_and_the_body_is_still_read()
    {
        var result = Read("a.txt", "---\nurl: [unclosed\noutlet: : :\n---\nThe body is still here and has enough words to be read as English text by the check.\n");
        var report = Assert.Single(result.Reports);
        Assert.Contains("The body is still here", report.Body, StringComparison.Ordinal);
        Assert.Null(report.Metadata.Url);
        Assert.Contains(result.Issues, i => i.Severity == IssueSeverity.Warning && i.Message.Contains("front matter", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        var result = ReportReader.Read("e.txt", "e.txt", []);
        Assert.Empty(result.Reports);
        Assert.True(result.Failed);
        Assert.Contains("empty", result.Issues[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_an_error()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var result = ReportReader.Read("b.txt", "b.txt", bytes);
        Assert.True(result.Failed);
        Assert.Contains("binary", result.Issues[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_bytes_are_replaced_and_counted()
    {
        var bytes = Encoding.UTF8.GetBytes("The ministry said the tariff would rise to 25% on the first of the month, and the talks would go on.")
            .Concat(new byte[] { 0xC3, 0x28, 0xFF })
            .Concat(Encoding.UTF8.GetBytes(" More text follows here."))
            .ToArray();
        var result = ReportReader.Read("u.txt", "u.txt", bytes);
        var report = Assert.Single(result.Reports);
        Assert.Contains('\uFFFD', report.Body);
        var warning = Assert.Single(result.Issues);
        Assert.Contains("2 invalid utf-8 byte(s)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf16_byte_order_mark_is_honoured()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Tariffs on steel rose to 25% on Monday, the ministry said in a statement on its website.")).ToArray();
        var report = Assert.Single(ReportReader.Read("w.txt", "w.txt", bytes).Reports);
        Assert.StartsWith("Tariffs on steel", report.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gzipped_file_is_read_as_the_file_inside()
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes("---\noutlet: Zipped\n---\nThe report inside the archive is read like any other text file would be read."));
        }

        var report = Assert.Single(ReportReader.Read("z.txt.gz", "z.txt.gz", buffer.ToArray()).Reports);
        Assert.Equal("Zipped", report.Metadata.Outlet);
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    private const string FirstMember = "---\noutlet: Joined\n---\nCustoms officials at Busan said on Monday that containers of steel coils were held. ";

    private const string SecondMember = "Officials in Seoul then raised the tariff on steel to 25% on Friday, the ministry said.";

    [Fact]
    public void A_gzip_file_of_several_members_is_read_whole()
    {
        var report = Assert.Single(ReportReader.Read("m.txt.gz", "m.txt.gz", [.. Gzip(FirstMember), .. Gzip(SecondMember)]).Reports);
        Assert.Equal("Joined", report.Metadata.Outlet);
        Assert.EndsWith(SecondMember, report.Body.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_gzip_file_cut_anywhere_in_its_last_member_is_reported_and_nothing_is_read()
    {
        byte[] first = Gzip(FirstMember), second = Gzip(SecondMember);
        foreach (var (name, whole) in new[] { ("one member", first), ("two members", [.. first, .. second]) })
        {
            var lastStart = whole.Length == first.Length ? 0 : first.Length;
            for (var cut = lastStart + 1; cut < whole.Length; cut++)
            {
                var result = ReportReader.Read("c.txt.gz", "c.txt.gz", whole[..cut]);
                Assert.True(result.Failed, $"{name} cut to {cut} of {whole.Length} bytes was read");
                Assert.Empty(result.Reports);
                Assert.Contains("gzip", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("a member whose checksum is wrong")]
    [InlineData("data after the last member")]
    [InlineData("bytes that are not gzip")]
    public void A_corrupt_gzip_file_is_reported_and_nothing_is_read(string kind)
    {
        var whole = Gzip(FirstMember);
        var bytes = kind switch
        {
            "a member whose checksum is wrong" => [.. whole[..^8], (byte)(whole[^8] ^ 0xFF), .. whole[^7..]],
            "data after the last member" => [.. whole, .. "trailing words"u8],
            _ => Encoding.UTF8.GetBytes(FirstMember),
        };
        var result = ReportReader.Read("c.txt.gz", "c.txt.gz", bytes);
        Assert.True(result.Failed, kind);
        Assert.Empty(result.Reports);
        Assert.Contains("gzip", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_rss_item_is_a_report_with_the_feed_title_as_outlet()
    {
        var result = ReportReader.Read("10-feed.xml", "10-feed.xml", Samples.Bytes("10-feed.xml"));
        Assert.Equal(2, result.Reports.Count);
        Assert.All(result.Reports, r => Assert.Equal("Trade Desk Feed", r.Metadata.Outlet));
        Assert.Equal(["10-feed.xml#1", "10-feed.xml#2"], result.Reports.Select(r => r.Id));
        Assert.Equal(new DateOnly(2026, 1, 21), result.Reports[0].Metadata.Published);
        Assert.DoesNotContain("<p>", result.Reports[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_atom_entry_is_a_report()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
              <entry><title>One</title><link href="https://example.com/1"/><published>2026-02-01T10:00:00Z</published>
                <content type="html">&lt;p&gt;Japan raised its tariff on imported rice to protect farmers, the ministry said on Sunday.&lt;/p&gt;</content></entry>
            </feed>
            """;
        var report = Assert.Single(Read("a.atom", atom).Reports);
        Assert.Equal("https://example.com/1", report.Metadata.Url);
        Assert.Equal(new DateOnly(2026, 2, 1), report.Metadata.Published);
        Assert.StartsWith("Japan raised", report.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_feed_is_an_error_naming_the_line()
    {
        var result = Read("bad.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><item><title>x</item></channel></rss>");
        Assert.True(result.Failed);
        Assert.Contains("line", result.Issues[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_nested_ten_thousand_deep_does_not_bring_the_batch_down()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 10_000)) + "<p>Deep text about tariffs on steel and aluminium imports.</p>" + string.Concat(Enumerable.Repeat("</div>", 10_000)) + "</body></html>";
        var result = Read("deep.html", html);
        // Either the extractor copes or the page is reported as an error; the process must survive to say so.
        Assert.True(result.Reports.Count == 1 || result.Failed);
    }

    [Fact]
    public void A_page_over_the_size_limit_is_cut_with_a_warning()
    {
        var paragraph = "The ministry said the new tariff schedule would apply from the first of next month to all steel imports.\n";
        var builder = new StringBuilder();
        while (builder.Length < ReportReader.MaxBytes + 1_000_000)
        {
            builder.Append(paragraph);
        }

        var result = Read("big.txt", builder.ToString());
        Assert.Contains(result.Issues, i => i.Severity == IssueSeverity.Warning && i.Message.Contains("only the first", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_in_another_language_is_read_with_a_warning()
    {
        var result = Read("de.txt", "Die Regierung hat am Montag neue Zölle auf Stahl aus mehreren Ländern angekündigt. Die Maßnahme soll ab nächstem Monat gelten, teilte das Ministerium mit. Unternehmen kritisierten die Entscheidung scharf und forderten Ausnahmen.");
        Assert.Single(result.Reports);
        Assert.Contains(result.Issues, i => i.Message.Contains("English", StringComparison.Ordinal));
    }

    [Fact]
    public void A_meta_charset_decides_the_encoding_of_a_page()
    {
        var html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 owners said the \u201cnew\u201d duty was unfair to small importers across the region.</p></body></html>";
        var decoded = TextDecoder.Decode(Encoding.GetEncoding(1252).GetBytes(html), lookForMetaCharset: true);
        Assert.Equal(0, decoded.ReplacedBytes);
        Assert.Contains("Caf\u00e9", decoded.Text, StringComparison.Ordinal);
        Assert.Contains("\u201cnew\u201d", decoded.Text, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Text.RegularExpressions;

namespace Tradewatch.Server.Tests;

/// <summary>Form errors as a person meets them: each on the field it belongs to, and a missing date answered for today and said so.</summary>
public sealed partial class FormErrorTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    [GeneratedRegex("<input id=\"(?<id>[a-zA-Z]+)\"[^>]*aria-invalid=\"true\"")]
    private static partial Regex InvalidInput();

    private static List<string> Invalid(string html) => InvalidInput().Matches(html).Select(m => m.Groups["id"].Value).ToList();

    /// <summary>Asks the page, and asserts a 400 whose one invalid field is this one, with the message beside it; returns the page.</summary>
    private async Task<string> ShownOnItsField(string url, string field, string message)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal([field], Invalid(html));
        var error = Regex.Match(html, $"<span class=\"field-error\" id=\"{field}-error\">(?<text>[^<]*)</span>");
        Assert.True(error.Success, html);
        Assert.Contains(message, error.Groups["text"].Value, StringComparison.Ordinal);
        return html;
    }

    [Theory]
    [InlineData("importer=US&origin=XX&date=2025-06-09", "origin", "unknown economy")]
    [InlineData("importer=XX&origin=CN&date=2025-06-09", "importer", "unknown economy")]
    [InlineData("importer=US&origin=US&date=2025-06-09", "origin", "the same economy")]
    [InlineData("importer=US&origin=CN&hs=99999&date=2025-06-09", "hs", "HS")]
    [InlineData("importer=US&origin=CN&date=2025-02-30", "date", "that day does not exist")]
    [InlineData("importer=US&origin=CN&date=2025-06-09&value=-5", "value", "")]
    public async Task A_duty_form_error_is_shown_on_its_own_field(string query, string field, string message)
    {
        var html = await ShownOnItsField($"/duty?{query}", field, message);
        Assert.Contains($"aria-describedby=\"{field}-error\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/licence?exporter=ZZ&destination=US&item=samarium&date=2025-06-09", "exporter", "unknown economy")]
    [InlineData("/licence?exporter=CN&destination=US&item=samarium&date=2025-06-31", "date", "that day does not exist")]
    [InlineData("/licence?exporter=CN&destination=US&item=samarium&date=2025-06-09&knownAt=soon", "knownAt", "not a date")]
    [InlineData("/calendar?from=soon", "from", "not a date")]
    [InlineData("/calendar?to=2025-02-30", "to", "that day does not exist")]
    [InlineData("/ledger?knownAt=soon", "knownAt", "not a date")]
    public async Task A_licence_calendar_or_ledger_form_error_is_shown_on_its_own_field_with_the_form(string url, string field, string message)
    {
        var html = await ShownOnItsField(url, field, message);
        // the message is on the field, not repeated in a list away from it
        Assert.Single(Regex.Matches(html, Regex.Escape(message)));
        Assert.Contains("see the marked fields", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duty_form_without_a_date_answers_for_today_and_says_so()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var html = await factory.CreateClient().GetStringAsync("/duty?importer=US&origin=CN&hs=8505.11&value=1000");
        Assert.Contains("id=\"duty-result\"", html, StringComparison.Ordinal);
        Assert.Contains($"No entry date was given: this answers for goods entered today, {today}.", html, StringComparison.Ordinal);
        Assert.Contains($"entered {today}", html, StringComparison.Ordinal);
    }
}

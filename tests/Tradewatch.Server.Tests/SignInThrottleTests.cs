using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Tradewatch.Server.Auth;

namespace Tradewatch.Server.Tests;

public sealed partial class SignInThrottleTests
{
    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Failures_past_the_limit_refuse_that_account_from_that_client_only()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var throttle = new SignInThrottle(clock);
        for (var i = 0; i < SignInThrottle.MaxFailuresPerAccount; i++)
        {
            Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("ana", "10.0.0.1"));
            throttle.Failed("ana", "10.0.0.1");
        }

        Assert.True(throttle.RetryAfter("ana", "10.0.0.1") > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("ana", "10.0.0.2"));
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("ben", "10.0.0.1"));

        clock.Now += SignInThrottle.Window;
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("ana", "10.0.0.1"));
    }

    [Fact]
    public void A_success_clears_the_failures_of_its_account_and_client()
    {
        var throttle = new SignInThrottle(new ManualClock(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero)));
        for (var i = 0; i < SignInThrottle.MaxFailuresPerAccount - 1; i++)
        {
            throttle.Failed("ana", "10.0.0.1");
        }

        throttle.Succeeded("ana", "10.0.0.1");
        throttle.Failed("ana", "10.0.0.1");
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("ana", "10.0.0.1"));
    }

    [Fact]
    public void A_client_guessing_across_many_names_is_refused_for_every_name()
    {
        var throttle = new SignInThrottle(new ManualClock(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero)));
        for (var i = 0; i < SignInThrottle.MaxFailuresPerClient; i++)
        {
            throttle.Failed("name" + i, "10.0.0.9");
        }

        Assert.True(throttle.RetryAfter("someone-new", "10.0.0.9") > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("someone-new", "10.0.0.10"));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    private static async Task<HttpResponseMessage> SignIn(HttpClient client, string name, string password)
    {
        var html = await client.GetStringAsync("/signin");
        return await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TokenField().Match(html).Groups[1].Value,
            ["name"] = name,
            ["password"] = password,
            ["returnUrl"] = "/",
        }));
    }

    [Fact]
    public async Task Signing_in_rightly_many_times_is_never_throttled_even_under_a_low_write_limit()
    {
        using var factory = new ServerFactory { WritesPerMinute = 2 };
        factory.Tokens();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await SignIn(client, ServerFactory.CuratorName, ServerFactory.CuratorPassword)).StatusCode);
        }
    }

    [Fact]
    public async Task Repeated_wrong_passwords_get_429_with_retry_after_and_a_page_that_says_when()
    {
        using var factory = new ServerFactory();
        factory.Tokens();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        for (var i = 0; i < SignInThrottle.MaxFailuresPerAccount; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(client, ServerFactory.CuratorName, "a wrong guess " + i)).StatusCode);
        }

        var refused = await SignIn(client, ServerFactory.CuratorName, ServerFactory.CuratorPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("Try again in 15 minutes", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_401_names_the_bearer_scheme_and_pages_forbid_base_and_object_tags()
    {
        using var factory = new ServerFactory();
        var client = factory.CreateClient();
        var refused = await client.PostAsync("/api/ingest", new MultipartFormDataContent { { new StringContent("text"), "text" } });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains(refused.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");

        var page = await client.GetAsync("/");
        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("base-uri 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_https_responses_carry_strict_transport_security()
    {
        using var factory = new ServerFactory();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://tradewatch.example") });
        var page = await client.GetAsync("/ledger");
        Assert.True(page.Headers.Contains("Strict-Transport-Security"));
        var plain = await factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://tradewatch.example") }).GetAsync("/ledger");
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }
}

public sealed class ErrorPageTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    [Theory]
    [InlineData("/nope")]
    [InlineData("/stories/abc")]
    [InlineData("/favicon.ico")]
    public async Task An_unknown_page_is_an_html_404_in_the_site_frame(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/ledger\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_api_address_stays_a_problem_detail()
    {
        var response = await factory.CreateClient().GetAsync("/api/nope");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_page_form_without_its_token_gets_an_html_400()
    {
        var response = await factory.CreateClient().PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "x", ["password"] = "y" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Reload the page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tradewatch.App.Accounts;
using Tradewatch.Server.Auth;

namespace Tradewatch.Server.Tests;

/// <summary>
/// The real server (Kestrel) on a free loopback port over a fresh store seeded with the samples, and
/// Debian's headless Chromium driven by Playwright. Without /usr/bin/chromium the tests fail and
/// say how to install it: a browser test that silently skips tests nothing.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string CuratorName = "e2e-curator";
    public const string CuratorPassword = "a long enough password";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "tradewatch-e2e-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public IServiceProvider Services => app!.Services;

    /// <summary>The server's store, for a test to open beside it.</summary>
    public string DatabasePath => Path.Combine(folder, "news.db");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The end-to-end tests need Chromium at {ChromiumPath}: run 'apt-get update && apt-get install -y chromium chromium-driver' (.ci/run does).");
        }

        Directory.CreateDirectory(folder);
        app = TradewatchServer.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Production",
            $"--Tradewatch:Database={DatabasePath}",
            $"--Tradewatch:DataDirectory={Path.Combine(AppContext.BaseDirectory, "data")}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        app.Services.GetRequiredService<Curators>().Add(CuratorName, CuratorPassword);

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <param name="javaScript">False: a page that must work as plain HTML forms, without script.</param>
    public async Task<IPage> NewPage(int width = 1280, int height = 800, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = height }, JavaScriptEnabled = javaScript });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Keeps a screenshot of the whole page beside the test binaries (screenshots/<paramref name="name"/>-<paramref name="width"/>.png)
    /// for review, and checks that nothing scrolls the page sideways at that width.
    /// </summary>
    public static async Task AssertFitsWidth(IPage page, string name, int width, string what)
    {
        ArgumentNullException.ThrowIfNull(page);
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = true });
        Assert.True(scrollWidth <= width, $"{what} is {scrollWidth} px wide at {width} px");
    }

    /// <summary>Signs the page's browser context in as the curator.</summary>
    public static async Task SignIn(IPage page)
    {
        await page.GotoAsync("/signin");
        await page.FillAsync("#name", CuratorName);
        await page.FillAsync("#password", CuratorPassword);
        await page.ClickAsync("button[type=submit]:has-text('Sign in')");
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

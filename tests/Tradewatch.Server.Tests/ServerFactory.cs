using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Tradewatch.App.Accounts;
using Tradewatch.Server;
using Tradewatch.Server.Auth;
using Tradewatch.Storage.Accounts;

namespace Tradewatch.Server.Tests;

/// <summary>The server in memory over a fresh store (seeded with the sample reports) in a temporary folder.</summary>
public sealed class ServerFactory : WebApplicationFactory<ServerAssembly>
{
    public const string CuratorName = "curator";
    public const string CuratorPassword = "correct horse battery";
    public const string ReaderName = "reader";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "tradewatch-server-tests-" + Guid.NewGuid().ToString("N"));

    public int WritesPerMinute { get; init; } = 1000;

    public string DatabasePath => Path.Combine(folder, "news.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(folder);
        builder.UseSetting("Tradewatch:Database", DatabasePath);
        builder.UseSetting("Tradewatch:WritesPerMinute", WritesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Tradewatch:MaxPastedChars", "20000");
    }

    public Curators Curators => Services.GetRequiredService<Curators>();

    /// <summary>A curator and a reader account, and a token for each.</summary>
    public (string Curator, string Reader) Tokens()
    {
        Curators.Add(CuratorName, CuratorPassword);
        Curators.Add(ReaderName, CuratorPassword, AccountStore.ReaderRole);
        return (Curators.IssueToken(CuratorName, "tests")!, Curators.IssueToken(ReaderName, "tests")!);
    }

    /// <summary>A client that sends the curator's API token.</summary>
    public HttpClient CuratorClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Tokens().Curator);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Tradewatch.Server.Hosting;

namespace Tradewatch.Server.Tests;

/// <summary>
/// An unexpected failure as a person at a page meets it (an HTML page in the site's frame, status 500)
/// and as a program meets it (a problem detail): neither says what failed inside.
/// </summary>
public sealed class FailurePageTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private const string Secret = "Host=db;Password=hunter2";

    private async Task<(int Status, string ContentType, string Body)> Fail(string path)
    {
        using var scope = factory.Services.CreateScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Method = "GET";
        http.Request.Path = path;
        using var body = new MemoryStream();
        http.Response.Body = body;
        var handler = new ProblemExceptionHandler(scope.ServiceProvider.GetRequiredService<IProblemDetailsService>(), NullLogger<ProblemExceptionHandler>.Instance);
        Assert.True(await handler.TryHandleAsync(http, new InvalidOperationException("could not connect: " + Secret), CancellationToken.None));
        return (http.Response.StatusCode, http.Response.ContentType ?? string.Empty, System.Text.Encoding.UTF8.GetString(body.ToArray()));
    }

    [Fact]
    public async Task A_page_that_fails_answers_an_HTML_page_without_internals()
    {
        var (status, type, body) = await Fail("/duty");
        Assert.Equal(500, status);
        Assert.StartsWith("text/html", type, StringComparison.Ordinal);
        Assert.Contains("<h1>An unexpected error occurred.</h1>", body, StringComparison.Ordinal);
        Assert.Contains("href=\"/\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_API_that_fails_answers_a_problem_without_internals()
    {
        var (status, type, body) = await Fail("/api/duty");
        Assert.Equal(500, status);
        Assert.StartsWith("application/problem+json", type, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), body, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Tradewatch.Server.Hosting;

namespace Tradewatch.Server.Tests;

/// <summary>
/// The expensive reads' timeout as a client meets it: an answer that takes too long to compute is a
/// 503 with Retry-After, and an answer computed in time arrives whole, however long its writing takes.
/// Each endpoint here is a minimal one under <see cref="RateLimits.RequireExpensiveLimit"/>, in a host
/// with the server's gate and timeout policy and a one-second limit.
/// </summary>
public sealed class ExpensiveTimeoutTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);

    private static async Task<WebApplication> Host()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.Configure<ServerSettings>(s => s.ExpensiveTimeoutSeconds = Limit.TotalSeconds);
        builder.Services.AddProblemDetails();
        builder.Services.AddTradewatchExpensiveGate();
        builder.Services.AddTradewatchRequestTimeouts();
        var app = builder.Build();
        app.UseRouting();
        app.UseRequestTimeouts();
        app.MapGet("/slow-to-write", () => new SlowlyWritten(Limit * 3)).RequireExpensiveLimit();
        app.MapGet("/slow-to-compute", async (CancellationToken cancel) =>
        {
            await Task.Delay(Limit * 30, cancel);
            return "computed";
        }).RequireExpensiveLimit();
        await app.StartAsync();
        return app;
    }

    /// <summary>Asks a fresh host for <paramref name="path"/> and reads the whole answer.</summary>
    private static async Task<(HttpStatusCode Status, bool RetryAfter, string Body)> Ask(string path)
    {
        await using var app = await Host();
        using var client = app.GetTestClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, response.Headers.RetryAfter is not null, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_answer_computed_in_time_arrives_whole_however_long_it_takes_to_write()
    {
        var (status, _, body) = await Ask("/slow-to-write");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(SlowlyWritten.Text, body);
    }

    [Fact]
    public async Task An_answer_that_takes_too_long_to_compute_is_a_503_with_a_time_to_come_back()
    {
        var (status, retryAfter, body) = await Ask("/slow-to-compute");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.True(retryAfter);
        Assert.Contains("took too long", body, StringComparison.Ordinal);
    }

    /// <summary>An answer whose first half is sent at once and whose second half comes after <c>pause</c>, past the limit.</summary>
    private sealed class SlowlyWritten(TimeSpan pause) : IResult
    {
        public const string Text = "{\"first\":\"half sent at once\",\"second\":\"half sent after the pause\"}";

        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(Text);
            var half = bytes.Length / 2;
            await httpContext.Response.Body.WriteAsync(bytes.AsMemory(0, half), httpContext.RequestAborted);
            await httpContext.Response.Body.FlushAsync(httpContext.RequestAborted);
            await Task.Delay(pause, httpContext.RequestAborted);
            await httpContext.Response.Body.WriteAsync(bytes.AsMemory(half), httpContext.RequestAborted);
        }
    }
}

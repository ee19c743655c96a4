using Microsoft.AspNetCore.Diagnostics;

namespace Tradewatch.Server.Pages;

/// <summary>
/// Errors as people meet them: a page that says what went wrong and where to go next, in the
/// site's frame, for every address outside <c>/api</c>. The API keeps its problem details.
/// </summary>
public static class ErrorPages
{
    public static bool IsApi(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || http.Request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);

    /// <summary>The body of an empty error response (an unknown address, a bad route value, a refused method).</summary>
    public static async Task StatusCode(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (IsApi(http))
        {
            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            var detail = http.Response.StatusCode == StatusCodes.Status415UnsupportedMediaType
                ? $"This address does not take a body of type '{Clip(http.Request.ContentType ?? "none")}'; /openapi/v1.json gives the body each address takes (uploads are multipart/form-data)."
                : null;
            await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = http.Response.StatusCode, Detail = detail } });
            return;
        }

        var status = http.Response.StatusCode;
        await Render(http, status, status switch
        {
            StatusCodes.Status404NotFound => ("Page not found", $"There is no page at {http.Request.Path}."),
            StatusCodes.Status405MethodNotAllowed => ("Not allowed", "This address does not take that kind of request."),
            StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => ("Not allowed", "Sign in as a curator to do this."),
            StatusCodes.Status429TooManyRequests => ("Too many requests", "Wait a minute and try again."),
            >= 500 => ("Something went wrong", "The server could not answer. Try again shortly."),
            _ => ("The request could not be answered", "Check the address and try again."),
        });
    }

    private static string Clip(string text) => text.Length > 120 ? text[..120] + "..." : text;

    /// <summary>An HTML page for an error on a page address; the internals stay in the server's log.</summary>
    public static Task Render(HttpContext http, int status, (string Title, string Message) error) =>
        Result(http, status, error).ExecuteAsync(http);

    /// <summary>The same page as a result an endpoint or filter returns.</summary>
    public static IResult Result(HttpContext http, int status, (string Title, string Message) error)
    {
        var body = Html.Of($"""
            <h1>{error.Title}</h1>
            <div class="card"><p>{error.Message}</p>
            <p class="small muted">Status {status}. <a href="/">Home</a> · <a href="/stories">Stories</a> · <a href="/ledger">Ledger</a> · <a href="/duty">Duty calculator</a></p></div>
            """);
        return Layout.Page(http, error.Title, body, status);
    }
}

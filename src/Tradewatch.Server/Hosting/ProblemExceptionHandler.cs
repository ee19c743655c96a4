using Microsoft.AspNetCore.Diagnostics;
using Tradewatch.Core;

namespace Tradewatch.Server.Hosting;

/// <summary>
/// Turns every exception into a problem detail with a message a client can act on, and never a
/// stack trace: bad data is the client's (400), a malformed request keeps its status (400, 413),
/// a store failure is 503 and anything else 500, both logged here and told to the client only in outline.
/// </summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadDataException e => (StatusCodes.Status400BadRequest, "The request names data the ledger cannot use.", e.Message),
            BadHttpRequestException e => (e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request is too large." : "The request is malformed.", (string?)null),
            // A form the reader cannot read, or whose values break its limits (count, length): the body's size is BodyLimit's 413.
            InvalidDataException => (StatusCodes.Status400BadRequest, "The request is malformed.", null),
            StorageException => (StatusCodes.Status503ServiceUnavailable, "The store is unavailable.", "Try again shortly."),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (499, "The client closed the request.", null),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred.", null),
        };
        if (status >= 500)
        {
            Failed(log, exception, httpContext.Request.Method, httpContext.Request.Path.ToString());
        }

        httpContext.Response.StatusCode = status;
        if (!Pages.ErrorPages.IsApi(httpContext))
        {
            // A person at a page gets a page; the message of bad data is theirs to read, internals never are.
            await Pages.ErrorPages.Render(httpContext, status, (title, detail ?? "Go back and try again, or start from the home page."));
            return true;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = null,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    private static partial void Failed(ILogger logger, Exception exception, string method, string path);
}

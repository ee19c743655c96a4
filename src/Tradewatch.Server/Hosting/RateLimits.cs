using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Tradewatch.Server.Hosting;

/// <summary>
/// Writes (ingest, review) are limited per account. Reads that are expensive (claims over the whole
/// store) share a concurrency limit with a short queue: past it, or after waiting
/// <see cref="ExpensiveQueueTimeout"/>, a request is answered 503 with Retry-After rather than queued
/// forever, so they can never take every thread from cheap reads such as /api/duty. Sign-in has its
/// own throttle of failures (<see cref="Auth.SignInThrottle"/>).
/// </summary>
public static class RateLimits
{
    public const string Writes = "writes";

    public const string Expensive = "expensive";

    public const string ExpensiveTimeout = "expensive-timeout";

    public static readonly TimeSpan ExpensiveQueueTimeout = TimeSpan.FromSeconds(20);

    private const int RetryAfterSeconds = 5;

    /// <summary>Puts an endpoint under the expensive reads' concurrency limit and timeout.</summary>
    public static TBuilder RequireExpensiveLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireRateLimiting(Expensive);
        builder.WithRequestTimeout(ExpensiveTimeout);
        builder.ProducesProblems(StatusCodes.Status503ServiceUnavailable);
        return builder;
    }

    public static IServiceCollection AddTradewatchRequestTimeouts(this IServiceCollection services) =>
        services.AddRequestTimeouts(o => o.AddPolicy(ExpensiveTimeout, new Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutPolicy
        {
            Timeout = ExpensiveQueueTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = async context =>
            {
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy.", detail: $"The answer took too long to compute; try again in {RetryAfterSeconds} seconds.")
                    .ExecuteAsync(context);
            },
        }));

    public static IServiceCollection AddTradewatchRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Writes, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<ServerSettings>>().Value.WritesPerMinute;
                var key = context.User.Identity?.IsAuthenticated == true ? "user:" + context.User.Identity.Name : "ip:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, perMinute),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            o.AddPolicy(Expensive, _ => RateLimitPartition.GetConcurrencyLimiter(Expensive, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = Math.Max(2, Environment.ProcessorCount),
                QueueLimit = 32,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));
            o.OnRejected = async (context, token) =>
            {
                if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Expensive)
                {
                    context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    await TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy.", detail: $"Too many requests for this answer at once; try again in {RetryAfterSeconds} seconds.")
                        .ExecuteAsync(context.HttpContext);
                    return;
                }

                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retry.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many writes.", detail: "Wait a minute and try again.")
                    .ExecuteAsync(context.HttpContext);
            };
        });
}

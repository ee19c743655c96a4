using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Tradewatch.Server.Hosting;

/// <summary>
/// Writes (ingest, review) are limited per account. Reads that are expensive (claims over the whole
/// store, the CSV export, search, the portfolio) pass through <see cref="ExpensiveGate"/>: a few at
/// once, a bounded queue waiting without a thread, and past the queue or after waiting
/// <see cref="ServerSettings.ExpensiveWaitSeconds"/> an answer 503 with Retry-After; computing the
/// answer has <see cref="ServerSettings.ExpensiveTimeoutSeconds"/> (the <see cref="ExpensiveTimeout"/>
/// policy) and the same 503 after it. So they can never take every thread (or, by a storm of refusals,
/// every core) from cheap reads such as /api/duty. Writing an answer once computed is not timed: a
/// timeout then could only cut a 200 short, never turn it into the 503 it means. Sign-in has its own
/// throttle of failures (<see cref="Auth.SignInThrottle"/>).
/// </summary>
public static class RateLimits
{
    public const string Writes = "writes";

    public const string ExpensiveTimeout = "expensive-timeout";

    private const int RetryAfterSeconds = 5;

    /// <summary>Puts an endpoint under the expensive reads' concurrency limit, queue and timeout.</summary>
    public static TBuilder RequireExpensiveLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            using var slot = await http.RequestServices.GetRequiredService<ExpensiveGate>().EnterAsync(http.RequestAborted);
            if (slot is null)
            {
                http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy.", detail: $"Too many requests for this answer at once; try again in {RetryAfterSeconds} seconds.");
            }

            var answer = await next(context);
            // The answer is computed; from here on the timeout could only cut it short while it is written.
            http.Features.Get<Microsoft.AspNetCore.Http.Timeouts.IHttpRequestTimeoutFeature>()?.DisableTimeout();
            return answer;
        });
        builder.WithRequestTimeout(ExpensiveTimeout);
        builder.ProducesProblems(StatusCodes.Status503ServiceUnavailable);
        return builder;
    }

    /// <summary>The expensive reads' gate, sized by the settings.</summary>
    public static IServiceCollection AddTradewatchExpensiveGate(this IServiceCollection services) =>
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<ServerSettings>>().Value;
            return new ExpensiveGate(settings.ExpensivePermits, settings.ExpensiveQueue, TimeSpan.FromSeconds(settings.ExpensiveWaitSeconds));
        });

    /// <summary>The <see cref="ExpensiveTimeout"/> policy, timed by <see cref="ServerSettings.ExpensiveTimeoutSeconds"/>.</summary>
    public static IServiceCollection AddTradewatchRequestTimeouts(this IServiceCollection services)
    {
        services.AddRequestTimeouts();
        services.AddOptions<Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutOptions>().Configure<IOptions<ServerSettings>>((o, settings) => o.AddPolicy(ExpensiveTimeout, new Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(settings.Value.ExpensiveTimeoutSeconds),
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = async context =>
            {
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy.", detail: $"The answer took too long to compute; try again in {RetryAfterSeconds} seconds.")
                    .ExecuteAsync(context);
            },
        }));
        return services;
    }

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
            o.OnRejected = async (context, token) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retry.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many writes.", detail: "Wait a minute and try again.")
                    .ExecuteAsync(context.HttpContext);
            };
        });
}

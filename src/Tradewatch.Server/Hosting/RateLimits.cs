using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Tradewatch.Server.Hosting;

/// <summary>Writes (ingest, review) are limited per account; reads are not. Sign-in has its own throttle of failures (<see cref="Auth.SignInThrottle"/>).</summary>
public static class RateLimits
{
    public const string Writes = "writes";

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

using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Tradewatch.App.Accounts;
using Tradewatch.Server.Hosting;
using Tradewatch.Storage.Accounts;

namespace Tradewatch.Server.Auth;

/// <summary>
/// Who may change what: reading is open; ingesting and reviewing need a curator, signed in with a
/// cookie (pages) or a bearer token (programs). A request with a bearer header is judged by the
/// token alone; any other by the cookie. Cookie-signed writes must also carry an anti-forgery token.
/// </summary>
public static class AuthSetup
{
    public const string CuratorPolicy = "curator";
    public const string BearerScheme = "Bearer";
    public const string SmartScheme = "CookieOrBearer";

    public static IServiceCollection AddTradewatchAuth(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<ServerSettings>>().Value;
            return new Curators(AccountStore.Open(settings.Database, sp.GetRequiredService<TimeProvider>()));
        });
        services.AddAuthentication(SmartScheme)
            .AddPolicyScheme(SmartScheme, "cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? BearerScheme : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerScheme, null)
            .AddCookie(o =>
            {
                o.LoginPath = "/signin";
                o.AccessDeniedPath = "/signin";
                o.Cookie.Name = "tradewatch.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(CuratorPolicy, p => p.RequireAuthenticatedUser().RequireRole(AccountStore.CuratorRole));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "tradewatch.af";
            o.HeaderName = "X-CSRF-TOKEN";
        });
        return services;
    }

    public static IEnumerable<Claim> Claims(Account account) =>
        [new Claim(ClaimTypes.Name, account.Name), new Claim(ClaimTypes.Role, account.Role), new Claim(ClaimTypes.NameIdentifier, account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    public static bool IsCurator(this ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true && user.IsInRole(AccountStore.CuratorRole);

    /// <summary>
    /// A write by a curator: authorization, the write rate limit, and for cookie sign-ins the
    /// anti-forgery token (a form field or the X-CSRF-TOKEN header). Programs with a bearer token need none.
    /// </summary>
    public static TBuilder RequireCuratorWrite<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireAuthorization(CuratorPolicy).RequireRateLimiting(RateLimits.Writes).DisableAntiforgery()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status429TooManyRequests);
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (http.User.Identity?.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme)
            {
                var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
                if (!await antiforgery.IsRequestValidAsync(http))
                {
                    if (!Pages.ErrorPages.IsApi(http))
                    {
                        return Pages.ErrorPages.Result(http, StatusCodes.Status400BadRequest, ("The form has expired", "The form's anti-forgery token is missing or invalid. Reload the page and send the form again."));
                    }

                    return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The anti-forgery token is missing or invalid.",
                        detail: "Reload the page and send the form again.");
                }
            }

            return await next(context);
        });
        return builder;
    }

    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || context.Request.Method != HttpMethods.Get)
        {
            context.Response.StatusCode = status;
            if (status == StatusCodes.Status401Unauthorized)
            {
                // RFC 9110: a 401 names how to authenticate; programs use a bearer token.
                context.Response.Headers.WWWAuthenticate = "Bearer realm=\"tradewatch\"";
            }

            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

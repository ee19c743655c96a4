using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Tradewatch.App.Answers;
using Tradewatch.App.Ledger;
using Tradewatch.App.Search;
using Tradewatch.Server.Api;
using Tradewatch.Server.Auth;
using Tradewatch.Server.Hosting;
using Tradewatch.Server.News;
using Tradewatch.Server.Pages;
using Tradewatch.Server.Search;

namespace Tradewatch.Server;

/// <summary>
/// The web server: the HTTP API (with its OpenAPI document at /openapi/v1.json) and the pages.
/// <c>tradewatch serve</c> and the server's own entry point both build it here; settings come from
/// configuration (see <see cref="ServerSettings"/>), so tests and the CLI set them the same way.
/// </summary>
public static class TradewatchServer
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // A line per request on the console costs more than answering a duty question; warnings and errors still show.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddOptions<ServerSettings>().BindConfiguration(ServerSettings.Section);
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            var settings = context.Configuration.GetSection(ServerSettings.Section).Get<ServerSettings>() ?? new ServerSettings();
            kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.AddServerHeader = false;
        });
        // The body's size is limited once for every reader (BodyLimit); a form's own limits are on its values.
        builder.Services.Configure<FormOptions>(o =>
        {
            o.ValueLengthLimit = 1024 * 1024;
            o.ValueCountLimit = 64;
        });

        builder.Services.TryAddSingletonTimeProvider();
        builder.Services.AddSingleton(LedgerSessionFromSettings);
        builder.Services.AddSingleton<NewsService>();
        builder.Services.AddSingleton(services => new SearchTexts(SearchLexicon.Load(services.GetRequiredService<IOptions<ServerSettings>>().Value.DataDirectory)));
        // The API writes answers as the CLI's --json does (camelCase, kebab-case enums, nulls written).
        builder.Services.ConfigureHttpJsonOptions(o => AnswerJson.Configure(o.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddTradewatchOpenApi();
        builder.Services.AddTradewatchAuth();
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        builder.Services.AddTradewatchRateLimits();
        builder.Services.AddTradewatchExpensiveGate();
        builder.Services.AddTradewatchRequestTimeouts();

        var app = builder.Build();
        app.UseExceptionHandler();
        // Strict-Transport-Security on HTTPS responses only (the middleware skips plain HTTP), so a
        // server behind TLS tells browsers never to come back over HTTP; loopback development is untouched.
        app.UseHsts();
        app.UseStatusCodePages(ErrorPages.StatusCode);
        app.Use(SecurityHeaders);
        app.Use(BodyLimit.Enforce);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRequestTimeouts();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.Use(FormBodies.Check);

        app.MapOpenApi();
        app.MapLedgerApi();
        app.MapNewsApi();
        app.MapReviewApi();
        app.MapSearch();
        app.MapPages();

        // Read the ledger and open (and seed) the store before the first request rather than during it;
        // not when the build starts the app only to write its OpenAPI document.
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            if (System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider")
            {
                return;
            }

            var ledger = app.Services.GetRequiredService<LedgerSession>();
            // the schedule and the words of its latest lines, for the first duty answer and search, off the request path
            _ = Task.Run(() => app.Services.GetRequiredService<SearchTexts>().HtsLines.Prepare(ledger.Schedule, ledger.Schedule.Latest));
        });
        return app;
    }

    /// <summary>The bundled ledger with the records accepted in the news store's review queue on top.</summary>
    private static LedgerSession LedgerSessionFromSettings(IServiceProvider services) =>
        new(services.GetRequiredService<IOptions<ServerSettings>>().Value.DataDirectory, null, services.GetRequiredService<NewsService>());

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(s => s.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    private static Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
        return next(context);
    }
}

/// <summary>Names the server's assembly for hosts that start it by its entry point (WebApplicationFactory in tests).</summary>
public sealed class ServerAssembly
{
    private ServerAssembly()
    {
    }
}

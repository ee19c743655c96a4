using Microsoft.AspNetCore.Antiforgery;
using Tradewatch.Server.Auth;
using Tradewatch.Server.Hosting;

namespace Tradewatch.Server.Pages;

/// <summary>The pages, server-rendered HTML. Forms that change something carry an anti-forgery token.</summary>
public static class PageRoutes
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup(string.Empty).ExcludeFromDescription();
        pages.MapGet("/", LedgerPages.Home);
        pages.MapGet("/ledger", LedgerPages.Ledger);
        pages.MapGet("/ledger.csv", MeasurePages.Csv);
        pages.MapGet("/ledger/changes.atom", AtomFeeds.LedgerChanges);
        pages.MapGet("/duty.csv", CsvExports.Duty);
        pages.MapGet("/claims.csv", CsvExports.AllClaims).RequireExpensiveLimit();
        pages.MapGet("/stories/{id:long}/claims.csv", CsvExports.StoryClaims);
        pages.MapGet("/review/proposals.atom", AtomFeeds.Proposals);
        pages.MapGet("/ledger/measures/{id}", MeasurePages.Measure);
        pages.MapGet("/duty", LedgerPages.Duty);
        pages.MapGet("/licence", LicencePages.Licence);
        pages.MapGet("/portfolio", PortfolioPages.Form);
        pages.MapPost("/portfolio", PortfolioPages.Cost).RequireExpensiveLimit();
        pages.MapGet("/calendar", LedgerPages.Calendar);
        pages.MapGet("/stories", NewsPages.Stories);
        pages.MapGet("/stories/{id:long}", StoryPages.Story);
        pages.MapGet("/ingest", NewsPages.IngestForm);
        pages.MapPost("/ingest", NewsPages.Ingest).RequireCuratorWrite();
        pages.MapGet("/review", ReviewPages.Queue);
        pages.MapPost("/review/{id:long}/{action:regex(^(accept|reject|narrow|revoke)$)}", ReviewPages.Act).RequireCuratorWrite();
        pages.MapGet("/signin", (HttpContext http, string? returnUrl) => SignInPages.Form(http, returnUrl));
        pages.MapPost("/signin", SignInPages.SignIn).DisableAntiforgery().AddEndpointFilter(ValidateAntiforgery);
        pages.MapPost("/signout", (Func<HttpContext, Task<IResult>>)SignInPages.SignOut).DisableAntiforgery().AddEndpointFilter(ValidateAntiforgery);
        return app;
    }

    private static async ValueTask<object?> ValidateAntiforgery(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            return ErrorPages.Result(http, StatusCodes.Status400BadRequest, ("The form has expired", "The form's anti-forgery token is missing or invalid. Reload the page and send the form again."));
        }

        return await next(context);
    }
}

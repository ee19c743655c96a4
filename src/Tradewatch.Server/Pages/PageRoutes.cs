namespace Tradewatch.Server.Pages;

public static class PageRoutes
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app) => app;
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Tradewatch.App.Accounts;
using Tradewatch.Server.Auth;

namespace Tradewatch.Server.Pages;

/// <summary>Signing in with a local account (a cookie for the pages), and out.</summary>
public static class SignInPages
{
    public static IResult Form(HttpContext http, string? returnUrl, string? failed = null, int failedStatus = StatusCodes.Status401Unauthorized)
    {
        var body = Html.Of($"""
            <h1>Sign in</h1>
            {(failed is null ? Html.Empty : Layout.Errors([failed]))}
            <form class="card" method="post" action="/signin" style="max-width:24rem">
              {Layout.Antiforgery(http)}
              <input type="hidden" name="returnUrl" value="{Local(returnUrl)}">
              <p><label for="name">Name</label><input id="name" name="name" autocomplete="username" required maxlength="64"></p>
              <p><label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required maxlength="200"></p>
              <button class="primary" type="submit">Sign in</button>
            </form>
            <p class="small muted">Accounts are made on the server's machine: <code>tradewatch users add NAME</code>.</p>
            """);
        return Layout.Page(http, "Sign in", body, failed is null ? StatusCodes.Status200OK : failedStatus);
    }

    public static async Task<IResult> SignIn(HttpContext http, Curators curators, SignInThrottle throttle)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var returnUrl = form["returnUrl"].ToString();
        var name = form["name"].ToString();
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var wait = throttle.RetryAfter(name, client);
        if (wait > TimeSpan.Zero)
        {
            var minutes = (int)Math.Ceiling(wait.TotalMinutes);
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Form(http, returnUrl, $"Too many failed attempts for this name from here. Try again in {minutes} minute{(minutes == 1 ? string.Empty : "s")}.",
                StatusCodes.Status429TooManyRequests);
        }

        var account = curators.SignIn(name, form["password"].ToString() is { Length: <= 200 } p ? p : null);
        if (account is null)
        {
            throttle.Failed(name, client);
            return Form(http, returnUrl, "The name or the password is wrong.");
        }

        throttle.Succeeded(name, client);

        var identity = new ClaimsIdentity(AuthSetup.Claims(account), CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.Redirect(Local(returnUrl));
    }

    public static async Task<IResult> SignOut(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/");
    }

    /// <summary>Only a path on this site: never another host (an open redirect).</summary>
    private static string Local(string? url) =>
        url is { Length: > 0 and < 500 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl) ? url : "/";
}

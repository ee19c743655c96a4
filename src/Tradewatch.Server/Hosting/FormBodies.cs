using Microsoft.Net.Http.Headers;

namespace Tradewatch.Server.Hosting;

/// <summary>
/// The API's upload endpoints take a multipart form. Its body is read here, after authorization and
/// the rate limits and before the framework binds the form, so a body that is not a multipart form,
/// or a malformed one, is answered with a validation problem naming the form's field and saying what
/// to send, rather than a bare 400 or a 500. The form read here is the one the endpoint then binds.
/// (A body of another media type never reaches the endpoint: routing answers 415, and
/// <see cref="Pages.ErrorPages"/> says which type was sent and where the bodies are described.)
/// </summary>
public static class FormBodies
{
    /// <summary>Marks an endpoint as taking a multipart form whose files come in <paramref name="field"/>; <paramref name="shape"/> says the whole form.</summary>
    public static TBuilder RequireMultipartForm<TBuilder>(this TBuilder builder, string field, string shape)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new MultipartForm(field, shape));
        return builder;
    }

    /// <summary>The middleware: passes every request through except a marked endpoint's body that is not a readable multipart form.</summary>
    public static async Task Check(HttpContext http, RequestDelegate next)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<MultipartForm>() is not { } form)
        {
            await next(http);
            return;
        }

        var (status, problem) = await Read(http, form);
        if (problem is null)
        {
            await next(http);
            return;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal) { [form.Field] = [problem] };
        await Results.ValidationProblem(errors, statusCode: status, title: "The request body is not the form this endpoint takes.").ExecuteAsync(http);
    }

    private static async Task<(int Status, string? Problem)> Read(HttpContext http, MultipartForm form)
    {
        var request = http.Request;
        var type = request.ContentType;
        if (string.IsNullOrWhiteSpace(type))
        {
            return (StatusCodes.Status400BadRequest, $"the request has no body, or does not say its type: send multipart/form-data with {form.Shape}.");
        }

        if (!MediaTypeHeaderValue.TryParse(type, out var media) || !media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return (StatusCodes.Status415UnsupportedMediaType, $"the body is '{Clip(type)}'; send multipart/form-data with {form.Shape}.");
        }

        if (HeaderUtilities.RemoveQuotes(media.Boundary).Length == 0)
        {
            return (StatusCodes.Status400BadRequest, $"the multipart body names no boundary in its Content-Type; send multipart/form-data with {form.Shape}.");
        }

        try
        {
            await request.ReadFormAsync(http.RequestAborted);
            return (StatusCodes.Status200OK, null);
        }
        catch (InvalidDataException e)
        {
            return (StatusCodes.Status400BadRequest, $"the multipart body is malformed ({Clip(e.Message)}); send multipart/form-data with {form.Shape}.");
        }
        catch (IOException e) when (e is not BadHttpRequestException { StatusCode: not StatusCodes.Status400BadRequest })
        {
            // the multipart reader's "unexpected end of stream", or Kestrel's bad request; a body too large keeps its 413
            return (StatusCodes.Status400BadRequest, $"the multipart body ends early or is malformed ({Clip(e.Message)}); send multipart/form-data with {form.Shape}.");
        }
    }

    private static string Clip(string text) => text.Length > 120 ? text[..120] + "..." : text;

    private sealed record MultipartForm(string Field, string Shape);
}

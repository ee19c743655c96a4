using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;

namespace Tradewatch.Server.Hosting;

/// <summary>
/// A 200 answer serialised once and written as is to every request that asks for it (the store-wide
/// claims, conflicts and checks, until the store or the ledger changes), where <c>TypedResults.Ok</c>
/// would serialise the same answer per request. The API document describes it as <typeparamref name="T"/>, as for Ok.
/// </summary>
public sealed class JsonBytes<T> : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IContentTypeHttpResult
{
    private readonly byte[] utf8;

    internal JsonBytes(byte[] utf8) => this.utf8 = utf8;

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "application/json; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        httpContext.Response.ContentLength = utf8.Length;
        return httpContext.Response.Body.WriteAsync(utf8, httpContext.RequestAborted).AsTask();
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "IEndpointMetadataProvider's member is static, as on ASP.NET's own results.")]
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
    }
}

/// <summary>Makes <see cref="JsonBytes{T}"/>.</summary>
public static class JsonBytes
{
    /// <summary>The answer cached under <paramref name="key"/> in <paramref name="cache"/>, serialised with the API's options on first use.</summary>
    public static JsonBytes<T> Cached<T>(RenderedAnswers cache, string key, Func<T> answer, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(cache);
        return new JsonBytes<T>(cache.Get(key, () => JsonSerializer.SerializeToUtf8Bytes(answer(), options)));
    }
}

/// <summary>Answers already serialised, by key; kept with what they were computed from, and dropped with it.</summary>
public sealed class RenderedAnswers
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<byte[]>> answers = new(StringComparer.Ordinal);

    public byte[] Get(string key, Func<byte[]> render) =>
        answers.GetOrAdd(key, _ => new Lazy<byte[]>(render, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}

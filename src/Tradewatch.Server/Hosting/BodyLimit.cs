using Microsoft.Extensions.Options;

namespace Tradewatch.Server.Hosting;

/// <summary>
/// The one limit on a request body's size (<see cref="ServerSettings.MaxRequestBytes"/>), whoever reads
/// the body (a form on a page, an upload, the framework's binding): a body that says it is larger is
/// refused before it is read, and one that turns out larger (sent in chunks) when the byte past the
/// limit is read. Either way the failure is Kestrel's own type, a <see cref="BadHttpRequestException"/>
/// with status 413, so <see cref="ProblemExceptionHandler"/> answers "too large" by type, never by message.
/// Kestrel enforces the same limit on its connections; this holds it in every host, the test server included.
/// </summary>
public static class BodyLimit
{
    /// <summary>The middleware.</summary>
    public static Task Enforce(HttpContext http, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(next);
        var max = http.RequestServices.GetRequiredService<IOptions<ServerSettings>>().Value.MaxRequestBytes;
        if (http.Request.ContentLength > max)
        {
            throw TooLarge(max);
        }

        http.Request.Body = new LimitedStream(http.Request.Body, max);
        return next(http);
    }

    private static BadHttpRequestException TooLarge(long max) =>
        new($"The request body is larger than {max} bytes.", StatusCodes.Status413PayloadTooLarge);

    /// <summary>A request body that fails once more than <c>max</c> bytes have been read from it.</summary>
    private sealed class LimitedStream(Stream inner, long max) : Stream
    {
        private long read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int n)
        {
            read += n;
            return read > max ? throw TooLarge(max) : n;
        }
    }
}

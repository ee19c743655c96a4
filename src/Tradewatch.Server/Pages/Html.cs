using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Tradewatch.Server.Pages;

/// <summary>
/// A piece of markup that is already safe to send. Pages are written as <c>Html.Of($"...")</c>:
/// every value put into the template is HTML-encoded unless it is itself <see cref="Html"/>, so
/// output is encoded by default and raw markup has to be asked for by name.
/// </summary>
public readonly record struct Html
{
    private readonly string? value;

    private Html(string value) => this.value = value;

    public static Html Empty => default;

    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Markup made by our own code (an SVG chart drawn from numbers and escaped labels); never user input.</summary>
    public static Html Trusted(string markup) => new(markup);

    public static Html Text(string? text) => new(Encoder.Encode(text ?? string.Empty));

    public static Html Of(HtmlTemplate template) => new(template.Build());

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p.value)));

    public static Html When(bool condition, Html html) => condition ? html : Empty;

    public override string ToString() => value ?? string.Empty;
}

/// <summary>The interpolated-string handler behind <see cref="Html.Of"/>: literals pass through, values are encoded.</summary>
[InterpolatedStringHandler]
public ref struct HtmlTemplate
{
    private readonly StringBuilder builder;

    public HtmlTemplate(int literalLength, int formattedCount)
    {
        builder = new StringBuilder(literalLength + (formattedCount * 16));
    }

    public readonly void AppendLiteral(string literal) => builder.Append(literal);

    public readonly void AppendFormatted(Html html) => builder.Append(html.ToString());

    public readonly void AppendFormatted<T>(T value) => Encode(Convert.ToString(value, CultureInfo.InvariantCulture));

    public readonly void AppendFormatted<T>(T value, string? format)
        where T : IFormattable => Encode(value.ToString(format, CultureInfo.InvariantCulture));

    public readonly void AppendFormatted<T>(T? value, string? format)
        where T : struct, IFormattable => Encode(value?.ToString(format, CultureInfo.InvariantCulture));

    internal readonly string Build() => builder.ToString();

    private readonly void Encode(string? text) => builder.Append(Html.Encoder.Encode(text ?? string.Empty));
}

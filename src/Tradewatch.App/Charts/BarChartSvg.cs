using System.Globalization;
using System.Security;
using System.Text;

namespace Tradewatch.App.Charts;

/// <summary>Draws grouped bars (duty and refund exposure per scenario) as a standalone SVG document.</summary>
public static class BarChartSvg
{
    public static string Draw(string title, IReadOnlyList<(string Name, decimal Duty, decimal Refund)> bars)
    {
        const int width = 720, height = 380, left = 90, bottom = 70, top = 40;
        var max = Math.Max(1m, bars.Max(b => Math.Max(b.Duty, b.Refund)));
        var slot = (width - left - 20) / (double)Math.Max(1, bars.Count);
        double H(decimal v) => (double)(v / max) * (height - top - bottom);
        static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        var svg = new StringBuilder();
        svg.AppendLine(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.AppendLine("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
        svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"22\" font-size=\"15\" font-weight=\"bold\">{SecurityElement.Escape(title)}</text>");
        svg.AppendLine(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{width - 20}\" y2=\"{height - bottom}\" stroke=\"#333\"/>");
        for (var i = 0; i < bars.Count; i++)
        {
            var x = left + (i * slot) + (slot * 0.15);
            var w = slot * 0.33;
            var (name, duty, refund) = bars[i];
            svg.AppendLine(CultureInfo.InvariantCulture, $"<rect x=\"{F(x)}\" y=\"{F(height - bottom - H(duty))}\" width=\"{F(w)}\" height=\"{F(H(duty))}\" fill=\"#c0392b\"><title>duty {duty:N2}</title></rect>");
            svg.AppendLine(CultureInfo.InvariantCulture, $"<rect x=\"{F(x + w)}\" y=\"{F(height - bottom - H(refund))}\" width=\"{F(w)}\" height=\"{F(H(refund))}\" fill=\"#7f8c8d\"><title>refund exposure {refund:N2}</title></rect>");
            svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{F(x + w)}\" y=\"{height - bottom + 16}\" text-anchor=\"middle\">{SecurityElement.Escape(name)}</text>");
            svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{F(x + (w / 2))}\" y=\"{F(height - bottom - H(duty) - 4)}\" text-anchor=\"middle\">{duty:N0}</text>");
        }

        svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"{height - 20}\" fill=\"#c0392b\">■ duty</text><text x=\"{left + 80}\" y=\"{height - 20}\" fill=\"#7f8c8d\">■ refund exposure (void layers)</text>");
        svg.AppendLine("</svg>");
        return svg.ToString();
    }
}

using System.Globalization;
using System.Security;
using System.Text;

namespace Tradewatch.Server.Charts;

/// <summary>Draws a step chart (a rate over time) as a standalone SVG document.</summary>
public static class StepChartSvg
{
    private const int Width = 960;
    private const int Height = 420;
    private const int Left = 60;
    private const int Right = 20;
    private const int Top = 40;
    private const int Bottom = 60;

    /// <param name="steps">(start day, value, label) in date order; each value holds until the next step.</param>
    public static string Draw(string title, IReadOnlyList<(DateOnly Start, decimal Value, string Label)> steps, DateOnly from, DateOnly to)
    {
        var span = Math.Max(1, to.DayNumber - from.DayNumber + 1);
        var max = steps.Count == 0 ? 10m : Math.Max(10m, steps.Max(s => s.Value));
        var top = NiceCeiling(max);
        double X(DateOnly d) => Left + ((double)(d.DayNumber - from.DayNumber) / span * (Width - Left - Right));
        double Y(decimal v) => Top + ((1 - (double)(v / top)) * (Height - Top - Bottom));
        static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        svg.AppendLine(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.AppendLine("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
        svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"22\" font-size=\"15\" font-weight=\"bold\">{SecurityElement.Escape(title)}</text>");

        // horizontal grid with percent labels
        for (var i = 0; i <= 5; i++)
        {
            var v = top * i / 5;
            var y = Y(v);
            svg.AppendLine(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{F(y)}\" x2=\"{Width - Right}\" y2=\"{F(y)}\" stroke=\"#ddd\"/>");
            svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{F(y + 4)}\" text-anchor=\"end\">{v:0.#}%</text>");
        }

        // month ticks
        var month = new DateOnly(from.Year, from.Month, 1);
        // A "yyyy-MM" label needs about 64 px, also when a page draws the chart smaller: pick a step of 1, 2, 3, 6 or 12 months that leaves it room.
        var months = span / 30.44;
        var needed = months * 64 / (Width - Left - Right);
        var every = new[] { 1, 2, 3, 6, 12 }.FirstOrDefault(step => step >= needed, 12);
        for (var m = month; m <= to; m = m.AddMonths(every))
        {
            if (m < from)
            {
                continue;
            }

            var x = X(m);
            svg.AppendLine(CultureInfo.InvariantCulture, $"<line x1=\"{F(x)}\" y1=\"{Height - Bottom}\" x2=\"{F(x)}\" y2=\"{Height - Bottom + 5}\" stroke=\"#666\"/>");
            svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{m:yyyy-MM}</text>");
        }

        svg.AppendLine(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#333\"/>");

        if (steps.Count > 0)
        {
            var path = new StringBuilder();
            for (var i = 0; i < steps.Count; i++)
            {
                var start = steps[i].Start < from ? from : steps[i].Start;
                var end = i + 1 < steps.Count ? steps[i + 1].Start : to.AddDays(1);
                var y = Y(steps[i].Value);
                path.Append(i == 0 ? 'M' : 'L').Append(F(X(start))).Append(',').Append(F(y)).Append(' ');
                path.Append('L').Append(F(X(end))).Append(',').Append(F(y)).Append(' ');
                svg.AppendLine(CultureInfo.InvariantCulture, $"<circle cx=\"{F(X(start))}\" cy=\"{F(y)}\" r=\"3\" fill=\"#c0392b\"><title>{SecurityElement.Escape(steps[i].Label)}</title></circle>");
                if (i == 0 || steps[i].Value != steps[i - 1].Value)
                {
                    svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{F(X(start) + 4)}\" y=\"{F(y - 6)}\" fill=\"#c0392b\">{steps[i].Value:0.##}%</text>");
                }
            }

            svg.AppendLine(CultureInfo.InvariantCulture, $"<path d=\"{path.ToString().Trim()}\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\"/>");
        }

        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static decimal NiceCeiling(decimal max)
    {
        foreach (var candidate in new[] { 10m, 20m, 25m, 50m, 75m, 100m, 150m, 200m, 250m, 300m, 500m, 1000m })
        {
            if (max * 1.1m <= candidate)
            {
                return candidate;
            }
        }

        return Math.Ceiling(max * 1.1m / 100m) * 100m;
    }
}

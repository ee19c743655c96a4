using System.Globalization;
using System.Security;
using System.Text;

namespace Tradewatch.App.Charts;

/// <summary>One step of a rate over time: from <see cref="Start"/> until the next step.</summary>
/// <param name="Value">The rate in force, in percent.</param>
/// <param name="Refundable">Percentage points that were collected under layers a later record voided (drawn above the rate in force).</param>
/// <param name="Label">What changed, for the tooltip and the data table.</param>
public readonly record struct ChartStep(DateOnly Start, decimal Value, decimal Refundable, string Label);

/// <summary>
/// Draws a step chart (a rate over time) as a standalone SVG document: the rate in force as a
/// line, points collected under since-voided layers as a shaded band above it, a legend and both
/// axis titles. <c>width</c> is the width the chart is drawn for; the text is sized so
/// that it reads at 12 px or more when the chart is shown at that width or up to 15% narrower.
/// </summary>
public static class StepChartSvg
{
    public const int WideWidth = 720;
    public const int NarrowWidth = 340;

    /// <summary>The steps between month ticks, in months, the smallest that leaves a label room first.</summary>
    private static readonly int[] MonthSteps = [1, 2, 3, 6, 12];

    public static string Draw(string title, IReadOnlyList<ChartStep> steps, DateOnly from, DateOnly to, int width = WideWidth)
    {
        var narrow = width < 600;
        var font = 14;
        // a title too long for one line takes two (a phone's chart is narrow), each shortened only if it still runs over
        var titleLines = TitleLines(title, width, font + 2);
        var extra = (titleLines.Count - 1) * (font + 4);
        var height = (narrow ? 300 : 420) + extra;
        // room at the left for the percent labels and, beside them, the axis title
        var left = narrow ? 60 : 72;
        const int right = 16;
        var top = (narrow ? 78 : 70) + extra;
        var bottom = 56;
        var span = Math.Max(1, to.DayNumber - from.DayNumber + 1);
        var max = steps.Count == 0 ? 10m : Math.Max(10m, steps.Max(s => s.Value + s.Refundable));
        var ceiling = NiceCeiling(max);
        double X(DateOnly d) => left + ((double)(d.DayNumber - from.DayNumber) / span * (width - left - right));
        double Y(decimal v) => top + ((1 - (double)(v / ceiling)) * (height - top - bottom));
        static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        svg.AppendLine(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"{font}\">");
        svg.AppendLine("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
        for (var i = 0; i < titleLines.Count; i++)
        {
            svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"8\" y=\"{20 + (i * (font + 4))}\" font-size=\"{font + 2}\" font-weight=\"bold\">{SecurityElement.Escape(titleLines[i])}</text>");
        }

        // legend
        var legendY = 44 + extra;
        svg.AppendLine(CultureInfo.InvariantCulture, $"<line x1=\"8\" y1=\"{legendY - 5}\" x2=\"28\" y2=\"{legendY - 5}\" stroke=\"#c0392b\" stroke-width=\"3\"/><text x=\"34\" y=\"{legendY}\">in force</text>");
        var refundX = narrow ? 8 : 120;
        var refundY = narrow ? legendY + 20 : legendY;
        svg.AppendLine(CultureInfo.InvariantCulture, $"<rect x=\"{refundX}\" y=\"{refundY - 12}\" width=\"20\" height=\"12\" fill=\"#f5c6c0\" stroke=\"#c0392b\" stroke-dasharray=\"3 2\"/><text x=\"{refundX + 26}\" y=\"{refundY}\">collected, now refundable (voided)</text>");

        // horizontal grid with percent labels, and the axis title
        for (var i = 0; i <= 5; i++)
        {
            var v = ceiling * i / 5;
            var y = Y(v);
            svg.AppendLine(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{F(y)}\" x2=\"{width - right}\" y2=\"{F(y)}\" stroke=\"#ddd\"/>");
            svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{F(y + 5)}\" text-anchor=\"end\">{v:0.#}%</text>");
        }

        var middle = (top + height - bottom) / 2;
        // the axis title is no longer than the axis: a phone's shorter axis gets the shorter words
        svg.AppendLine(CultureInfo.InvariantCulture, $"<text transform=\"translate({font} {middle}) rotate(-90)\" text-anchor=\"middle\">{(narrow ? "duty, % of value" : "additional duty, % of value")}</text>");

        // month ticks: a "yyyy-MM" label needs about 5 em; pick a step of 1, 2, 3, 6 or 12 months that leaves it room.
        var months = span / 30.44;
        var needed = months * font * 5.2 / (width - left - right);
        var every = MonthSteps.FirstOrDefault(step => step >= needed, 12);
        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(every))
        {
            if (m < from)
            {
                continue;
            }

            var x = X(m);
            svg.AppendLine(CultureInfo.InvariantCulture, $"<line x1=\"{F(x)}\" y1=\"{height - bottom}\" x2=\"{F(x)}\" y2=\"{height - bottom + 5}\" stroke=\"#666\"/>");
            svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{height - bottom + 20}\" text-anchor=\"middle\">{m:yyyy-MM}</text>");
        }

        svg.AppendLine(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{width - right}\" y2=\"{height - bottom}\" stroke=\"#333\"/>");
        svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{(left + width - right) / 2}\" y=\"{height - 8}\" text-anchor=\"middle\">date of entry</text>");

        if (steps.Count > 0)
        {
            var path = new StringBuilder();
            for (var i = 0; i < steps.Count; i++)
            {
                var start = steps[i].Start < from ? from : steps[i].Start;
                var end = i + 1 < steps.Count ? steps[i + 1].Start : to.AddDays(1);
                if (end <= from || start > to)
                {
                    continue;
                }

                var y = Y(steps[i].Value);
                if (steps[i].Refundable > 0)
                {
                    var yTop = Y(steps[i].Value + steps[i].Refundable);
                    svg.AppendLine(CultureInfo.InvariantCulture, $"<rect x=\"{F(X(start))}\" y=\"{F(yTop)}\" width=\"{F(X(end) - X(start))}\" height=\"{F(y - yTop)}\" fill=\"#f5c6c0\" stroke=\"#c0392b\" stroke-dasharray=\"3 2\"><title>{SecurityElement.Escape($"{steps[i].Refundable:0.##} points collected, now refundable")}</title></rect>");
                }

                path.Append(path.Length == 0 ? 'M' : 'L').Append(F(X(start))).Append(',').Append(F(y)).Append(' ');
                path.Append('L').Append(F(X(end))).Append(',').Append(F(y)).Append(' ');
                svg.AppendLine(CultureInfo.InvariantCulture, $"<circle cx=\"{F(X(start))}\" cy=\"{F(y)}\" r=\"3\" fill=\"#c0392b\"><title>{SecurityElement.Escape(steps[i].Label)}</title></circle>");
                if (!narrow && (i == 0 || steps[i].Value != steps[i - 1].Value))
                {
                    svg.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{F(X(start) + 4)}\" y=\"{F(y - 6)}\" fill=\"#c0392b\">{steps[i].Value:0.##}%</text>");
                }
            }

            svg.AppendLine(CultureInfo.InvariantCulture, $"<path d=\"{path.ToString().Trim()}\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\"/>");
        }

        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    /// <summary>The title on one line, or on two parted at a space when one would run past the chart's edge; a line still too long is shortened.</summary>
    private static List<string> TitleLines(string title, int width, int font)
    {
        var room = (int)((width - 16) / (font * 0.55));
        if (title.Length <= room)
        {
            return [title];
        }

        var space = title.LastIndexOf(' ', Math.Min(room, title.Length - 1));
        return space <= 0 ? [Fit(title, width, font)] : [title[..space], Fit(title[(space + 1)..], width, font)];
    }

    /// <summary>Shortens a title that would run past the chart's edge (about 0.55 em a character).</summary>
    private static string Fit(string title, int width, int font)
    {
        var room = (int)((width - 16) / (font * 0.55));
        return title.Length <= room ? title : title[..Math.Max(1, room - 1)].TrimEnd() + "…";
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

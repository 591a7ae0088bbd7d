using System.Globalization;
using Employment.Core.Statistics;

namespace Employment.Web.Features.Adviser.Home;

/// <summary>Geometry for a bar chart drawn as SVG on the server: bars by quarter, gaps where figures are hidden, dashed baselines.</summary>
public sealed class TrendChart
{
    public const int Width = 640;
    public const int Height = 260;
    public const int Left = 56;
    public const int Right = 16;
    public const int Top = 16;
    public const int Bottom = 40;

    public sealed record Bar(double X, double Y, double Width, double Height, string Label, string ValueText, bool Hidden);
    public sealed record Line(double Y, string Label);
    public sealed record Tick(double Y, string Label);

    public TrendChart(Trend trend, string id)
    {
        Id = id;
        Trend = trend;
        var values = trend.Points.Select(p => p.Value ?? 0).Concat(trend.Baselines.Select(b => b.Value)).ToList();
        var max = NiceCeiling(Math.Max(values.DefaultIfEmpty(0).Max(), trend.IsPercentage ? 5 : 5));
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var slot = plotWidth / (double)Math.Max(1, trend.Points.Count);
        double Y(double value) => Top + plotHeight - plotHeight * value / max;
        Bars = trend.Points.Select((p, i) => new Bar(
            Left + i * slot + slot * 0.15, Y(p.Value ?? 0), slot * 0.7, plotHeight * (p.Value ?? 0) / max,
            p.Label, p.Value is { } v ? Format(v) : "hidden", p.Value is null)).ToList();
        Baselines = trend.Baselines.Select(b => new Line(Y(b.Value), $"{b.Label} {Format(b.Value)}")).ToList();
        Ticks = Enumerable.Range(0, 5).Select(i => max * i / 4).Select(v => new Tick(Y(v), Format(v))).ToList();
        AxisY = Top + plotHeight;
    }

    public string Id { get; }
    public Trend Trend { get; }
    public IReadOnlyList<Bar> Bars { get; }
    public IReadOnlyList<Line> Baselines { get; }
    public IReadOnlyList<Tick> Ticks { get; }
    public double AxisY { get; }

    /// <summary>The chart as SVG markup; every piece of text is encoded.</summary>
    public string Svg()
    {
        static string E(string text) => System.Net.WebUtility.HtmlEncode(text);
        var svg = new System.Text.StringBuilder();
        svg.Append($"<svg class=\"app-chart\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{Id}-title {Id}-desc\" focusable=\"false\">");
        svg.Append($"<title id=\"{Id}-title\">{E(Trend.Title)}</title><desc id=\"{Id}-desc\">{E(Summary)}</desc>");
        var right = Width - Right;
        foreach (var tick in Ticks)
        {
            svg.Append($"<line x1=\"{Left}\" x2=\"{right}\" y1=\"{N(tick.Y)}\" y2=\"{N(tick.Y)}\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>");
            svg.Append($"<text x=\"{Left - 6}\" y=\"{N(tick.Y + 4)}\" text-anchor=\"end\" font-size=\"12\" fill=\"#0b0c0c\">{E(tick.Label)}</text>");
        }
        foreach (var bar in Bars)
        {
            var middle = N(bar.X + bar.Width / 2);
            svg.Append(bar.Hidden
                ? $"<text x=\"{middle}\" y=\"{N(AxisY - 6)}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#0b0c0c\">hidden</text>"
                : $"<rect x=\"{N(bar.X)}\" y=\"{N(bar.Y)}\" width=\"{N(bar.Width)}\" height=\"{N(bar.Height)}\" fill=\"#1d70b8\"/>");
            svg.Append($"<text x=\"{middle}\" y=\"{N(AxisY + 18)}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">{E(bar.Label)}</text>");
        }
        foreach (var line in Baselines)
        {
            svg.Append($"<line x1=\"{Left}\" x2=\"{right}\" y1=\"{N(line.Y)}\" y2=\"{N(line.Y)}\" stroke=\"#d4351c\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
            svg.Append($"<text x=\"{right - 4}\" y=\"{N(line.Y - 4)}\" text-anchor=\"end\" font-size=\"11\" fill=\"#0b0c0c\">{E(line.Label)}</text>");
        }
        svg.Append($"<line x1=\"{Left}\" x2=\"{right}\" y1=\"{N(AxisY)}\" y2=\"{N(AxisY)}\" stroke=\"#0b0c0c\" stroke-width=\"1\"/></svg>");
        return svg.ToString();
    }

    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public string Format(double value) => Trend.IsPercentage ? value.ToString("0.#", CultureInfo.InvariantCulture) + "%" : value.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>A plain-English summary for people who cannot see the chart.</summary>
    public string Summary
    {
        get
        {
            var shown = Trend.Points.Where(p => p.Value is not null).ToList();
            var text = shown.Count == 0
                ? "Every quarter's figure is hidden because the numbers are small."
                : $"From {shown[0].Label} ({Format(shown[0].Value!.Value)}) to {shown[^1].Label} ({Format(shown[^1].Value!.Value)}); highest {Format(shown.Max(p => p.Value!.Value))}.";
            var hidden = Trend.Points.Count - shown.Count;
            return text + (hidden > 0 ? $" {hidden} quarter{(hidden == 1 ? " is" : "s are")} hidden because the numbers are small." : "")
                + (Trend.Baselines.Count > 0 ? " Dashed lines show published ASCOF figures for comparison." : "") + " The table gives every figure.";
        }
    }

    private static double NiceCeiling(double value)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}

using System.Globalization;
using Employment.Core.Statistics;

namespace Employment.Web.Features.Adviser.Home;

/// <summary>Geometry for a bar chart drawn as SVG on the server: bars by quarter, gaps where figures are hidden, dashed baselines.</summary>
public sealed class TrendChart
{
    // The drawing scales with its column, so its text does too: a narrow drawing with large text stays readable on a
    // 320 px phone (about 9 px) without being huge at 1280 px. ChartLabelsBrowserTests measures both.
    public const int Width = 480;
    public const int Height = 260;
    public const int Left = 56;
    public const int Right = 16;
    public const int Top = 16;
    public const int Bottom = 48;
    public const int FontSize = 14;

    /// <summary>Baseline labels sit at least this far apart, and above the rotated "hidden" labels standing on the axis.</summary>
    private const int LineSpacing = FontSize + 5;
    private const int HiddenLabelRise = 66;

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
        AxisY = Top + plotHeight;
        Baselines = trend.Baselines.Select(b => new Line(Y(b.Value), $"{b.Label} {Format(b.Value)}")).ToList();
        BaselineLabelYs = Spread(Baselines.Select(b => b.Y - 4).ToList(), AxisY - HiddenLabelRise);
        Ticks = Enumerable.Range(0, 5).Select(i => max * i / 4).Select(v => new Tick(Y(v), Format(v))).ToList();
    }

    public string Id { get; }
    public Trend Trend { get; }
    public IReadOnlyList<Bar> Bars { get; }
    public IReadOnlyList<Line> Baselines { get; }
    public IReadOnlyList<Tick> Ticks { get; }
    public double AxisY { get; }

    /// <summary>Where each baseline's label is written: just above its line, unless that would overlap another label.</summary>
    public IReadOnlyList<double> BaselineLabelYs { get; }

    /// <summary>Labels from the lowest up, each at least <see cref="LineSpacing"/> above the one below and no lower than <paramref name="lowest"/>.</summary>
    private static List<double> Spread(List<double> wanted, double lowest)
    {
        var placed = new double[wanted.Count];
        var below = double.MaxValue;
        foreach (var i in Enumerable.Range(0, wanted.Count).OrderByDescending(i => wanted[i]))
        {
            placed[i] = Math.Min(Math.Min(wanted[i], lowest), below - LineSpacing);
            below = placed[i];
        }
        return [.. placed];
    }

    /// <summary>"2025–26 Q1" on two lines, "Q1" over "25–26", so eight quarters fit side by side.</summary>
    private static (string Quarter, string Year) TwoLines(string label)
    {
        var space = label.LastIndexOf(' ');
        if (space < 0)
        {
            return (label, "");
        }
        var year = label[..space];
        return (label[(space + 1)..], year.Length == 7 ? year[2..] : year);
    }

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
            svg.Append($"<text x=\"{Left - 6}\" y=\"{N(tick.Y + 5)}\" text-anchor=\"end\" font-size=\"{FontSize}\" fill=\"#0b0c0c\">{E(tick.Label)}</text>");
        }
        foreach (var bar in Bars)
        {
            var middle = N(bar.X + bar.Width / 2);
            // "hidden" stands up the bar's place, so it never reaches the next quarter's.
            svg.Append(bar.Hidden
                ? $"<text x=\"{middle}\" y=\"{N(AxisY - 6)}\" transform=\"rotate(-90 {middle} {N(AxisY - 6)})\" dy=\"0.35em\" font-size=\"{FontSize}\" fill=\"#0b0c0c\">hidden</text>"
                : $"<rect x=\"{N(bar.X)}\" y=\"{N(bar.Y)}\" width=\"{N(bar.Width)}\" height=\"{N(bar.Height)}\" fill=\"#1d70b8\"/>");
            var (quarter, year) = TwoLines(bar.Label);
            svg.Append($"<text x=\"{middle}\" y=\"{N(AxisY + 17)}\" text-anchor=\"middle\" font-size=\"{FontSize}\" fill=\"#0b0c0c\">{E(quarter)}</text>");
            svg.Append($"<text x=\"{middle}\" y=\"{N(AxisY + 35)}\" text-anchor=\"middle\" font-size=\"{FontSize}\" fill=\"#0b0c0c\">{E(year)}</text>");
        }
        foreach (var line in Baselines)
        {
            svg.Append($"<line x1=\"{Left}\" x2=\"{right}\" y1=\"{N(line.Y)}\" y2=\"{N(line.Y)}\" stroke=\"#d4351c\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        }
        // Written after the bars and lines, with a white outline, so each stays legible over what it crosses.
        for (var i = 0; i < Baselines.Count; i++)
        {
            svg.Append($"<text x=\"{right - 4}\" y=\"{N(BaselineLabelYs[i])}\" text-anchor=\"end\" font-size=\"{FontSize}\" fill=\"#0b0c0c\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">{E(Baselines[i].Label)}</text>");
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

using System.Globalization;
using Employment.Core.Statistics;
using Employment.Web.Features.Shared;
using static Employment.Web.Features.Shared.SvgBarChart;

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
        _frame = new SvgBarChart(Width, Height, Left, Right, Top, Bottom, Math.Max(values.DefaultIfEmpty(0).Max(), 5));
        Bars = trend.Points.Select((p, i) =>
        {
            var (x, width) = _frame.Bar(i, trend.Points.Count);
            return new Bar(x, _frame.Y(p.Value ?? 0), width, _frame.BarHeight(p.Value ?? 0), p.Label, p.Value is { } v ? Format(v) : "hidden", p.Value is null);
        }).ToList();
        AxisY = _frame.AxisY;
        Baselines = trend.Baselines.Select(b => new Line(_frame.Y(b.Value), $"{b.Label} {Format(b.Value)}")).ToList();
        BaselineLabelYs = Spread(Baselines.Select(b => b.Y - 4).ToList(), AxisY - HiddenLabelRise);
        Ticks = _frame.GridValues.Select(v => new Tick(_frame.Y(v), Format(v))).ToList();
    }

    private readonly SvgBarChart _frame;

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
        var svg = _frame.Open(Id, Trend.Title, Summary);
        foreach (var tick in Ticks)
        {
            _frame.Gridline(svg, tick.Y, tick.Label, FontSize, labelDrop: 5);
        }
        foreach (var bar in Bars)
        {
            var middle = Number(bar.X + bar.Width / 2);
            // "hidden" stands up the bar's place, so it never reaches the next quarter's.
            if (bar.Hidden)
            {
                svg.Append($"<text x=\"{middle}\" y=\"{Number(AxisY - 6)}\" transform=\"rotate(-90 {middle} {Number(AxisY - 6)})\" dy=\"0.35em\" font-size=\"{FontSize}\" fill=\"#0b0c0c\">hidden</text>");
            }
            else
            {
                _frame.BarRect(svg, bar.X, bar.Y, bar.Width, bar.Height);
            }
            var (quarter, year) = TwoLines(bar.Label);
            svg.Append($"<text x=\"{middle}\" y=\"{Number(AxisY + 17)}\" text-anchor=\"middle\" font-size=\"{FontSize}\" fill=\"#0b0c0c\">{Encode(quarter)}</text>");
            svg.Append($"<text x=\"{middle}\" y=\"{Number(AxisY + 35)}\" text-anchor=\"middle\" font-size=\"{FontSize}\" fill=\"#0b0c0c\">{Encode(year)}</text>");
        }
        foreach (var line in Baselines)
        {
            _frame.DashedLine(svg, line.Y);
        }
        // Written after the bars and lines, with a white outline, so each stays legible over what it crosses.
        for (var i = 0; i < Baselines.Count; i++)
        {
            svg.Append($"<text x=\"{Number(_frame.RightX - 4)}\" y=\"{Number(BaselineLabelYs[i])}\" text-anchor=\"end\" font-size=\"{FontSize}\" fill=\"#0b0c0c\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">{Encode(Baselines[i].Label)}</text>");
        }
        return _frame.Close(svg);
    }

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
}

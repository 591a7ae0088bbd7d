using System.Globalization;
using Employment.Core.AccessToWork;
using Employment.Core.Placements;

namespace Employment.Web.Features.JobSeekers.AccessToWork;

/// <summary>
/// Job coach hours given each week since a start, drawn as SVG on the server the way the adviser's trend chart is
/// (Features/Adviser/Home/TrendChart): a bar a week, a dashed line for the hours a week an award pays for, and a text
/// table beside it that gives every figure.
/// </summary>
public sealed class TaperChart
{
    public const int Width = 640;
    public const int Height = 240;
    public const int Left = 48;
    public const int Right = 16;
    public const int Top = 16;
    public const int Bottom = 40;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public sealed record Bar(double X, double Y, double Width, double Height, string Label);
    public sealed record Tick(double Y, string Label);

    public TaperChart(IReadOnlyList<TaperWeek> weeks, string placement, DateOnly start, decimal? awardedPerWeek, string id)
    {
        Id = id;
        Weeks = weeks;
        Placement = placement;
        Start = start;
        AwardedPerWeek = awardedPerWeek;
        var max = NiceCeiling((double)Math.Max(weeks.Select(w => w.HoursGiven).DefaultIfEmpty(0).Max(), Math.Max(awardedPerWeek ?? 0, 4)));
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var slot = plotWidth / (double)Math.Max(1, weeks.Count);
        // A label under every bar would overlap once there are more than a dozen weeks.
        var labelEvery = (int)Math.Ceiling(weeks.Count / 12.0);
        double Y(double value) => Top + plotHeight - plotHeight * value / max;
        Bars = weeks.Select((w, i) => new Bar(Left + i * slot + slot * 0.15, Y((double)w.HoursGiven), slot * 0.7, plotHeight * (double)w.HoursGiven / max,
            (w.Week - 1) % labelEvery == 0 ? w.Week.ToString(English) : "")).ToList();
        AwardedY = awardedPerWeek is { } awarded ? Y((double)awarded) : null;
        Ticks = Enumerable.Range(0, 5).Select(i => max * i / 4).Select(v => new Tick(Y(v), v.ToString("0.#", English))).ToList();
        AxisY = Top + plotHeight;
    }

    public string Id { get; }
    public IReadOnlyList<TaperWeek> Weeks { get; }
    public string Placement { get; }
    public DateOnly Start { get; }
    public decimal? AwardedPerWeek { get; }
    public IReadOnlyList<Bar> Bars { get; }
    public IReadOnlyList<Tick> Ticks { get; }
    public double? AwardedY { get; }
    public double AxisY { get; }

    public static string Hours(decimal hours) => hours.ToString("0.#", English);

    /// <summary>The chart as SVG markup; every piece of text is encoded.</summary>
    public string Svg()
    {
        static string E(string text) => System.Net.WebUtility.HtmlEncode(text);
        static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
        var svg = new System.Text.StringBuilder();
        svg.Append($"<svg class=\"app-chart\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{Id}-title {Id}-desc\" focusable=\"false\">");
        svg.Append($"<title id=\"{Id}-title\">{E(Title)}</title><desc id=\"{Id}-desc\">{E(Summary)}</desc>");
        var right = Width - Right;
        foreach (var tick in Ticks)
        {
            svg.Append($"<line x1=\"{Left}\" x2=\"{right}\" y1=\"{N(tick.Y)}\" y2=\"{N(tick.Y)}\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>");
            svg.Append($"<text x=\"{Left - 6}\" y=\"{N(tick.Y + 4)}\" text-anchor=\"end\" font-size=\"12\" fill=\"#0b0c0c\">{E(tick.Label)}</text>");
        }
        foreach (var bar in Bars)
        {
            svg.Append($"<rect x=\"{N(bar.X)}\" y=\"{N(bar.Y)}\" width=\"{N(bar.Width)}\" height=\"{N(bar.Height)}\" fill=\"#1d70b8\"/>");
            if (bar.Label.Length > 0)
            {
                svg.Append($"<text x=\"{N(bar.X + bar.Width / 2)}\" y=\"{N(AxisY + 16)}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">{E(bar.Label)}</text>");
            }
        }
        svg.Append($"<text x=\"{N(Left + (right - Left) / 2.0)}\" y=\"{N(AxisY + 34)}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">Week since the start</text>");
        if (AwardedY is { } awardedY)
        {
            svg.Append($"<line x1=\"{Left}\" x2=\"{right}\" y1=\"{N(awardedY)}\" y2=\"{N(awardedY)}\" stroke=\"#d4351c\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
            svg.Append($"<text x=\"{right - 4}\" y=\"{N(awardedY - 4)}\" text-anchor=\"end\" font-size=\"11\" fill=\"#0b0c0c\">{E($"Awarded: {Hours(AwardedPerWeek!.Value)} hours a week")}</text>");
        }
        svg.Append($"<line x1=\"{Left}\" x2=\"{right}\" y1=\"{N(AxisY)}\" y2=\"{N(AxisY)}\" stroke=\"#0b0c0c\" stroke-width=\"1\"/></svg>");
        return svg.ToString();
    }

    public string Title => $"Job coach hours each week since the start on {WhenItHappened.Day(Start)}";

    /// <summary>A plain-English summary for people who cannot see the chart.</summary>
    public string Summary
    {
        get
        {
            if (Weeks.Count == 0)
            {
                return "No weeks to show yet.";
            }
            var first = Weeks.Take(4).ToList();
            var last = Weeks.Skip(Math.Max(4, Weeks.Count - 4)).ToList();
            var text = $"{Weeks.Count} week{(Weeks.Count == 1 ? "" : "s")} since the start. Weeks 1 to {first[^1].Week}: {Hours(first.Average(w => w.HoursGiven))} hours a week on average";
            text += last.Count > 0 ? $"; weeks {last[0].Week} to {last[^1].Week}: {Hours(last.Average(w => w.HoursGiven))} hours a week on average." : ".";
            return text + (AwardedPerWeek is { } awarded ? $" The dashed line is the {Hours(awarded)} hours a week Access to Work pays for." : "") + " The table gives every week.";
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

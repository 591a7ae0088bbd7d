using System.Globalization;
using Employment.Core.AccessToWork;
using Employment.Core.Placements;
using Employment.Web.Features.Shared;
using static Employment.Web.Features.Shared.SvgBarChart;

namespace Employment.Web.Features.JobSeekers.AccessToWork;

/// <summary>
/// Job coach hours given each week since a start, drawn as SVG on the server the way the adviser's trend chart is
/// (both on <see cref="SvgBarChart"/>): a bar a week, a dashed line for the hours a week an award pays for, and a text
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
        _frame = new SvgBarChart(Width, Height, Left, Right, Top, Bottom, (double)Math.Max(weeks.Select(w => w.HoursGiven).DefaultIfEmpty(0).Max(), Math.Max(awardedPerWeek ?? 0, 4)));
        // A label under every bar would overlap once there are more than a dozen weeks.
        var labelEvery = (int)Math.Ceiling(weeks.Count / 12.0);
        Bars = weeks.Select((w, i) =>
        {
            var (x, width) = _frame.Bar(i, weeks.Count);
            var hours = (double)w.HoursGiven;
            return new Bar(x, _frame.Y(hours), width, _frame.BarHeight(hours), (w.Week - 1) % labelEvery == 0 ? w.Week.ToString(English) : "");
        }).ToList();
        AwardedY = awardedPerWeek is { } awarded ? _frame.Y((double)awarded) : null;
        Ticks = _frame.GridValues.Select(v => new Tick(_frame.Y(v), v.ToString("0.#", English))).ToList();
        AxisY = _frame.AxisY;
    }

    private readonly SvgBarChart _frame;

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
        var svg = _frame.Open(Id, Title, Summary);
        foreach (var tick in Ticks)
        {
            _frame.Gridline(svg, tick.Y, tick.Label, fontSize: 12, labelDrop: 4);
        }
        foreach (var bar in Bars)
        {
            _frame.BarRect(svg, bar.X, bar.Y, bar.Width, bar.Height);
            if (bar.Label.Length > 0)
            {
                svg.Append($"<text x=\"{Number(bar.X + bar.Width / 2)}\" y=\"{Number(AxisY + 16)}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">{Encode(bar.Label)}</text>");
            }
        }
        svg.Append($"<text x=\"{Number(Left + (_frame.RightX - Left) / 2.0)}\" y=\"{Number(AxisY + 34)}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">Week since the start</text>");
        if (AwardedY is { } awardedY)
        {
            _frame.DashedLine(svg, awardedY);
            svg.Append($"<text x=\"{Number(_frame.RightX - 4)}\" y=\"{Number(awardedY - 4)}\" text-anchor=\"end\" font-size=\"11\" fill=\"#0b0c0c\">{Encode($"Awarded: {Hours(AwardedPerWeek!.Value)} hours a week")}</text>");
        }
        return _frame.Close(svg);
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
}

using System.Globalization;
using System.Text;

namespace Employment.Web.Features.Shared;

/// <summary>
/// What the bar charts drawn as SVG on the server share (the adviser's quarterly trends, the Access to Work taper): a
/// plot from 0 up to a round maximum, a bar in the middle of each equal slot, gridlines with their values, dashed
/// reference lines, and the titled, described SVG around them.
/// </summary>
public sealed class SvgBarChart
{
    private readonly int _width;
    private readonly int _height;
    private readonly int _left;
    private readonly int _top;
    private readonly double _plotWidth;

    /// <param name="highest">The highest figure to show; the scale runs to the round number at or above it.</param>
    public SvgBarChart(int width, int height, int left, int right, int top, int bottom, double highest)
    {
        _width = width;
        _height = height;
        _left = left;
        _top = top;
        _plotWidth = width - left - right;
        PlotHeight = height - top - bottom;
        RightX = width - right;
        Max = NiceCeiling(highest);
    }

    public double Max { get; }
    public double PlotHeight { get; }
    public double RightX { get; }
    public double AxisY => _top + PlotHeight;

    /// <summary>Where a figure sits on the plot.</summary>
    public double Y(double value) => _top + PlotHeight - PlotHeight * value / Max;

    public double BarHeight(double value) => PlotHeight * value / Max;

    /// <summary>The left edge and width of bar <paramref name="index"/> of <paramref name="count"/>: 70% of its slot, centred.</summary>
    public (double X, double Width) Bar(int index, int count)
    {
        var slot = _plotWidth / Math.Max(1, count);
        return (_left + index * slot + slot * 0.15, slot * 0.7);
    }

    /// <summary>The gridlines' figures: 0, a quarter, a half, three quarters and all of the scale.</summary>
    public IEnumerable<double> GridValues => Enumerable.Range(0, 5).Select(i => Max * i / 4);

    /// <summary>The opening of the SVG, named by its title and described by <paramref name="description"/> for people who cannot see it.</summary>
    public StringBuilder Open(string id, string title, string description) => new StringBuilder()
        .Append($"<svg class=\"app-chart\" viewBox=\"0 0 {_width} {_height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\">")
        .Append($"<title id=\"{id}-title\">{Encode(title)}</title><desc id=\"{id}-desc\">{Encode(description)}</desc>");

    /// <summary>A grey gridline across the plot with its figure to the left.</summary>
    public void Gridline(StringBuilder svg, double y, string label, int fontSize, double labelDrop)
    {
        svg.Append($"<line x1=\"{_left}\" x2=\"{Number(RightX)}\" y1=\"{Number(y)}\" y2=\"{Number(y)}\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>");
        svg.Append($"<text x=\"{_left - 6}\" y=\"{Number(y + labelDrop)}\" text-anchor=\"end\" font-size=\"{fontSize}\" fill=\"#0b0c0c\">{Encode(label)}</text>");
    }

    public void BarRect(StringBuilder svg, double x, double y, double width, double height) =>
        svg.Append($"<rect x=\"{Number(x)}\" y=\"{Number(y)}\" width=\"{Number(width)}\" height=\"{Number(height)}\" fill=\"#1d70b8\"/>");

    /// <summary>A red dashed line across the plot: a figure to compare with.</summary>
    public void DashedLine(StringBuilder svg, double y) =>
        svg.Append($"<line x1=\"{_left}\" x2=\"{Number(RightX)}\" y1=\"{Number(y)}\" y2=\"{Number(y)}\" stroke=\"#d4351c\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");

    /// <summary>The axis along the bottom, and the end of the SVG.</summary>
    public string Close(StringBuilder svg) =>
        svg.Append($"<line x1=\"{_left}\" x2=\"{Number(RightX)}\" y1=\"{Number(AxisY)}\" y2=\"{Number(AxisY)}\" stroke=\"#0b0c0c\" stroke-width=\"1\"/></svg>").ToString();

    /// <summary>A coordinate as SVG writes it, whatever the server's culture.</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Text encoded for the markup.</summary>
    public static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);

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

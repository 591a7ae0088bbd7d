namespace Employment.Core.EhcPlans.Text;

/// <summary>One line of a plan's text in reading order, with what the layout says about it.</summary>
/// <param name="Text">The text, spaces collapsed.</param>
/// <param name="HeadingLevel">1 or more when the document marks the line as a heading (a Word heading or title style); 0 otherwise.</param>
/// <param name="Emphasised">The whole line is bold or in capitals: in many templates the only sign of a heading.</param>
/// <param name="CellIndex">The line's column when it comes from a table row (0 is the first column); null outside tables.</param>
/// <param name="RowStart">The line opens a new table row.</param>
public sealed record PlanLine(string Text, int HeadingLevel = 0, bool Emphasised = false, int? CellIndex = null, bool RowStart = false)
{
    public bool LooksLikeHeading =>
        HeadingLevel > 0 || (Emphasised && Text.Length <= 120 && !Text.EndsWith('.'));
}

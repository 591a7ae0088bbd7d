namespace Employment.Core.Reference;

/// <summary>A UK SOC 2020 four-digit unit group and the groups above it.</summary>
public class SocUnitGroup
{
    public required string Code { get; set; }
    public required string Title { get; set; }
    public required string MinorGroup { get; set; }
    public required string MinorGroupTitle { get; set; }
    public required string SubMajorGroup { get; set; }
    public required string SubMajorGroupTitle { get; set; }
    public required string MajorGroup { get; set; }
    public required string MajorGroupTitle { get; set; }
}

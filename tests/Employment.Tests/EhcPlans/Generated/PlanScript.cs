namespace Employment.Tests.EhcPlans.Generated;

/// <summary>A plan's content independent of its layout; each writer lays it out its own way.</summary>
public sealed record PlanScript(
    string Council,
    IReadOnlyList<(string Label, string Value)> Details,
    IReadOnlyList<ScriptSection> Sections);

/// <param name="Letter">A to K, or null for a person-centred section with no letter.</param>
public sealed record ScriptSection(string? Letter, string Title, IReadOnlyList<ScriptBlock> Blocks);

/// <summary>A subheading, a paragraph, a bullet, or a table row (Area, Text, and optionally Steps) inside a section.</summary>
public abstract record ScriptBlock;
public sealed record Subheading(string Text) : ScriptBlock;
public sealed record Paragraph(string Text) : ScriptBlock;
public sealed record Bullet(string Text) : ScriptBlock;
public sealed record AreaRow(string Area, string Text, IReadOnlyList<string> Steps) : ScriptBlock;

namespace Employment.Core.Internships;

/// <summary>A spell in one department of the host: what the intern did there and the skills they practised.</summary>
public class InternRotation
{
    public Guid Id { get; set; }

    public Guid InternId { get; set; }
    public Intern? Intern { get; set; }

    public required string Department { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public required string Tasks { get; set; }

    /// <summary>Skill names from the skills reference list.</summary>
    public List<string> SkillsPractised { get; set; } = [];

    public Guid? RecordedById { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

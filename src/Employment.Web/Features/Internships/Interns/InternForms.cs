using Employment.Core.Internships;
using Employment.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Employment.Web.Features.Internships.Interns;

/// <summary>The person chosen from the coach's caseload.</summary>
public sealed class AddInternForm
{
    public string? JobSeekerId { get; set; }
}

/// <summary>The people a coach may add to a programme: their own caseload, not already interns on it.</summary>
public sealed record InternCandidates(InternshipProgramme Programme, IReadOnlyList<SelectListItem> People);

/// <summary>A rotation as typed.</summary>
public sealed class RotationForm
{
    public const string StartsName = "the start date";
    public const string EndsName = "the end date";

    public string? Department { get; set; }
    public DateParts StartsOn { get; set; } = new();
    public DateParts EndsOn { get; set; } = new();
    public string? Tasks { get; set; }
    public List<string> SkillsPractised { get; set; } = [];

    public RotationDetails ToDetails() => new(Department!, StartsOn.Parse(StartsName).Date!.Value, EndsOn.Parse(EndsName).Date!.Value, Tasks!, SkillsPractised);
}

/// <summary>An attendance or progress note as typed.</summary>
public sealed class NoteForm
{
    public const string DateName = "the date";

    public string? Kind { get; set; }
    public DateParts OccurredOn { get; set; } = new();
    public string? Text { get; set; }

    public static IEnumerable<SelectListItem> KindOptions =>
    [
        new("Attendance", nameof(InternNoteKind.Attendance)),
        new("Progress", nameof(InternNoteKind.Progress)),
    ];

    public static InternNoteKind? ReadKind(string? typed) =>
        Enum.TryParse<InternNoteKind>(typed, out var kind) && Enum.IsDefined(kind) && !int.TryParse(typed, out _) ? kind : null;

    public NoteDetails ToDetails() => new(ReadKind(Kind)!.Value, OccurredOn.Parse(DateName).Date!.Value, Text!);
}

/// <summary>What the rotation and note validators check dates and skills against.</summary>
public sealed record InternContext(InternshipProgramme Programme, DateOnly Today, IReadOnlySet<string> Skills);

using Employment.Core.JobSeekers;

namespace Employment.Core.Internships;

/// <summary>A job seeker on a programme: one place each, with their rotations and the job coach's notes.</summary>
public class Intern
{
    public Guid Id { get; set; }

    public Guid ProgrammeId { get; set; }
    public InternshipProgramme? Programme { get; set; }

    public Guid JobSeekerId { get; set; }
    public JobSeeker? JobSeeker { get; set; }

    public DateTimeOffset AddedAt { get; set; }
    public Guid? AddedById { get; set; }

    public List<InternRotation> Rotations { get; set; } = [];
    public List<InternNote> Notes { get; set; } = [];
}

using Employment.Core.Accounts;
using Employment.Core.Employers;

namespace Employment.Core.Internships;

/// <summary>
/// A supported internship programme (Project SEARCH, Project Choice and the like): a cohort of interns at one host
/// employer for an academic year, with a college partner and a job coach. Each intern's internship itself is a
/// supported internship placement at the host (<see cref="InternshipConversion"/>).
/// </summary>
public class InternshipProgramme
{
    public Guid Id { get; set; }

    public Guid HostEmployerId { get; set; }
    public Employer? HostEmployer { get; set; }

    public Guid CollegeId { get; set; }
    public College? College { get; set; }

    /// <summary>The year the academic year starts: 2026 is "2026 to 2027".</summary>
    public int AcademicYearStart { get; set; }

    /// <summary>The day the interns start.</summary>
    public DateOnly IntakeStartsOn { get; set; }

    /// <summary>The day the programme ends.</summary>
    public DateOnly EndsOn { get; set; }

    /// <summary>The places the programme has; more interns than places are refused.</summary>
    public int CohortSize { get; set; }

    public Guid CoachId { get; set; }
    public AppUser? Coach { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>PostgreSQL's <c>xmin</c>: an edit saved over someone else's is refused.</summary>
    public uint Version { get; set; }

    public List<Intern> Interns { get; set; } = [];

    public string AcademicYear => AcademicYearLabel(AcademicYearStart);

    public static string AcademicYearLabel(int start) => $"{start} to {start + 1}";
}

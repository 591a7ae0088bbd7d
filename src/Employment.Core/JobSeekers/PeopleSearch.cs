using Microsoft.EntityFrameworkCore;

namespace Employment.Core.JobSeekers;

/// <summary>
/// What an administrator searches people by. The same search picks the people "assign all matching" assigns, so
/// the count the administrator confirmed is the count of people assigned. Erased people are never found.
/// </summary>
/// <param name="Name">Part of the name, any case.</param>
/// <param name="SourceId">Part of the id the person has in the council's own system, any case.</param>
/// <param name="WithoutCoach">Only people on no coach's caseload (imported people start so).</param>
public sealed record PeopleSearch(string? Name = null, string? SourceId = null, int? CouncilId = null, Guid? CoachId = null, bool WithoutCoach = false)
{
    public IQueryable<JobSeeker> Apply(IQueryable<JobSeeker> people)
    {
        people = people.Where(j => j.ErasedAt == null);
        if (!string.IsNullOrWhiteSpace(Name))
        {
            var pattern = Contains(Name);
            people = people.Where(j => EF.Functions.ILike(j.FirstName + " " + j.LastName, pattern));
        }
        if (!string.IsNullOrWhiteSpace(SourceId))
        {
            var pattern = Contains(SourceId);
            people = people.Where(j => j.SourceId != null && EF.Functions.ILike(j.SourceId, pattern));
        }
        if (CouncilId is { } council)
        {
            people = people.Where(j => j.LocalAuthorityId == council);
        }
        if (WithoutCoach)
        {
            people = people.Where(j => j.CoachId == null);
        }
        else if (CoachId is { } coach)
        {
            people = people.Where(j => j.CoachId == coach);
        }
        return people;
    }

    /// <summary>A LIKE pattern matching the words anywhere; the wildcards and escape typed are taken literally.</summary>
    private static string Contains(string text) =>
        "%" + text.Trim().Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
}

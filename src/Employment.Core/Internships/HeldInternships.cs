using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Internships;

public sealed record HeldRotation(string Department, DateOnly StartsOn, DateOnly EndsOn, string Tasks, IReadOnlyList<string> SkillsPractised);

public sealed record HeldInternNote(DateOnly Date, string Kind, string? Text, DateTimeOffset RecordedAt);

/// <summary>A person's place on a supported internship programme, as held for a subject access request.</summary>
public sealed record HeldInternship(string HostEmployer, string College, string AcademicYear, DateOnly IntakeStartsOn, DateOnly EndsOn, IReadOnlyList<HeldRotation> Rotations, IReadOnlyList<HeldInternNote> Notes)
{
    public static async Task<IReadOnlyList<HeldInternship>> ForPersonAsync(EmploymentDbContext db, Guid jobSeekerId) =>
        (await db.Interns.AsNoTracking().Where(i => i.JobSeekerId == jobSeekerId)
            .Include(i => i.Programme!.HostEmployer).Include(i => i.Programme!.College).Include(i => i.Rotations).Include(i => i.Notes)
            .AsSplitQuery().OrderBy(i => i.AddedAt).ToListAsync())
        .Select(i => new HeldInternship(i.Programme!.HostEmployer!.Name, i.Programme.College!.Name, i.Programme.AcademicYear, i.Programme.IntakeStartsOn, i.Programme.EndsOn,
            i.Rotations.OrderBy(r => r.StartsOn).Select(r => new HeldRotation(r.Department, r.StartsOn, r.EndsOn, r.Tasks, r.SkillsPractised)).ToList(),
            i.Notes.OrderBy(n => n.OccurredOn).ThenBy(n => n.RecordedAt).Select(n => new HeldInternNote(n.OccurredOn, SnakeCase.Of(n.Kind), n.Text, n.RecordedAt)).ToList()))
        .ToList();
}

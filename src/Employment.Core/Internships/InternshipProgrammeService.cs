using Employment.Core.Audit;
using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Internships;

/// <summary>What a coach says a programme is, as checked by its form.</summary>
public sealed record ProgrammeDetails(Guid HostEmployerId, string CollegeName, int AcademicYearStart, DateOnly IntakeStartsOn, DateOnly EndsOn, int CohortSize, Guid CoachId);

public sealed record RotationDetails(string Department, DateOnly StartsOn, DateOnly EndsOn, string Tasks, IReadOnlyList<string> SkillsPractised);

public sealed record NoteDetails(InternNoteKind Kind, DateOnly OccurredOn, string Text);

/// <summary>
/// The one writer of supported internship programmes: the programme, its interns, their rotations and the job coach's
/// notes. Each change is saved in one transaction with its audit entry.
/// </summary>
public sealed class InternshipProgrammeService(EmploymentDbContext db, AuditLog audit, TimeProvider clock)
{
    public const int MostNameLength = 200;
    public const int MostTextLength = 2000;
    public const int LargestCohort = 30;

    public const string ChangedMeanwhile = "Someone else changed this programme at the same moment, so your changes were not saved. Check the programme and make your changes again.";
    public const string AlreadyAnIntern = "This person is already an intern on this programme";
    public const string CohortFull = "The programme is full: every place in its cohort is taken. Change the cohort size first if it has more places";
    public const string SmallerThanInterns = "The cohort size cannot be smaller than the number of interns already on the programme";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    public async Task<WriteResult<InternshipProgramme>> CreateAsync(ProgrammeDetails details, Guid byUserId)
    {
        var now = clock.GetUtcNow();
        var programme = new InternshipProgramme { CreatedAt = now, UpdatedAt = now };
        await using var transaction = await db.Database.BeginTransactionAsync();
        Apply(programme, details, await CollegeAsync(details.CollegeName, now));
        db.InternshipProgrammes.Add(programme);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return WriteResult.Saved(programme);
    }

    /// <param name="version">The version the coach's form was filled in from: a change made meanwhile is not overwritten.</param>
    public async Task<WriteResult<InternshipProgramme>> EditAsync(InternshipProgramme programme, uint version, ProgrammeDetails details)
    {
        if (programme.Version != version)
        {
            return WriteResult.Refused<InternshipProgramme>(Problem.ForPage(ChangedMeanwhile));
        }
        var interns = await db.Interns.CountAsync(i => i.ProgrammeId == programme.Id);
        if (details.CohortSize < interns)
        {
            return WriteResult.Refused<InternshipProgramme>(new Problem("CohortSize", SmallerThanInterns));
        }
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync();
        Apply(programme, details, await CollegeAsync(details.CollegeName, now));
        programme.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync();
            return WriteResult.Refused<InternshipProgramme>(Problem.ForPage(ChangedMeanwhile));
        }
        await transaction.CommitAsync();
        return WriteResult.Saved(programme);
    }

    /// <summary>
    /// Adds a person to the programme. The cohort's places are counted under a lock on the programme's row, so two
    /// coaches filling the last place at once cannot both succeed; the unique index stops the same person twice.
    /// </summary>
    public async Task<WriteResult<Intern>> AddInternAsync(Guid programmeId, Guid jobSeekerId, Guid byUserId)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var cohortSize = await db.Database
            .SqlQuery<int>($"SELECT cohort_size AS \"Value\" FROM internship_programmes WHERE id = {programmeId} FOR UPDATE")
            .SingleAsync();
        if (await db.Interns.AnyAsync(i => i.ProgrammeId == programmeId && i.JobSeekerId == jobSeekerId))
        {
            return WriteResult.Refused<Intern>(new Problem("JobSeekerId", AlreadyAnIntern));
        }
        if (await db.Interns.CountAsync(i => i.ProgrammeId == programmeId) >= cohortSize)
        {
            return WriteResult.Refused<Intern>(new Problem("JobSeekerId", CohortFull));
        }
        var intern = new Intern { ProgrammeId = programmeId, JobSeekerId = jobSeekerId, AddedAt = clock.GetUtcNow(), AddedById = byUserId };
        db.Interns.Add(intern);
        audit.Add(jobSeekerId, byUserId, AuditLog.Changed, "Added to a supported internship programme");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
            return WriteResult.Refused<Intern>(new Problem("JobSeekerId", AlreadyAnIntern));
        }
        await transaction.CommitAsync();
        return WriteResult.Saved(intern);
    }

    public async Task<WriteResult<InternRotation>> AddRotationAsync(Intern intern, RotationDetails details, Guid byUserId)
    {
        var rotation = new InternRotation
        {
            InternId = intern.Id,
            Department = details.Department.Trim(),
            StartsOn = details.StartsOn,
            EndsOn = details.EndsOn,
            Tasks = details.Tasks.Trim(),
            SkillsPractised = [.. details.SkillsPractised.Distinct()],
            RecordedById = byUserId,
            RecordedAt = clock.GetUtcNow(),
        };
        db.InternRotations.Add(rotation);
        audit.Add(intern.JobSeekerId, byUserId, AuditLog.Changed, $"Internship rotation added: {rotation.Department}");
        await db.SaveChangesAsync();
        return WriteResult.Saved(rotation);
    }

    public async Task<WriteResult<InternNote>> AddNoteAsync(Intern intern, NoteDetails details, Guid byUserId)
    {
        var note = new InternNote
        {
            InternId = intern.Id,
            Kind = details.Kind,
            OccurredOn = details.OccurredOn,
            Text = details.Text.Trim(),
            RecordedById = byUserId,
            RecordedAt = clock.GetUtcNow(),
        };
        db.InternNotes.Add(note);
        audit.Add(intern.JobSeekerId, byUserId, AuditLog.Created, $"Internship {(details.Kind == InternNoteKind.Attendance ? "attendance" : "progress")} note");
        await db.SaveChangesAsync();
        return WriteResult.Saved(note);
    }

    private static void Apply(InternshipProgramme programme, ProgrammeDetails details, College college)
    {
        programme.HostEmployerId = details.HostEmployerId;
        programme.CollegeId = college.Id;
        programme.College = college;
        programme.AcademicYearStart = details.AcademicYearStart;
        programme.IntakeStartsOn = details.IntakeStartsOn;
        programme.EndsOn = details.EndsOn;
        programme.CohortSize = details.CohortSize;
        programme.CoachId = details.CoachId;
    }

    /// <summary>The college of that name, made if it is new; the insert is guarded so a college typed by two coaches at once is made once.</summary>
    private async Task<College> CollegeAsync(string name, DateTimeOffset now)
    {
        var trimmed = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var key = College.KeyFor(trimmed);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO colleges (id, name, name_key, created_at) VALUES ({Guid.NewGuid()}, {trimmed}, {key}, {now}) ON CONFLICT (name_key) DO NOTHING");
        return await db.Colleges.SingleAsync(c => c.NameKey == key);
    }
}

using Employment.Core.Internships;

namespace Employment.Tests.Infrastructure;

public sealed partial class TestData
{
    public Task<College> CreateCollegeAsync(string? name = null) => SaveAsync(db =>
    {
        var chosen = name ?? $"{Faker.Address.City()} College {Guid.NewGuid():N}"[..40];
        var college = new College { Name = chosen, NameKey = College.KeyFor(chosen), CreatedAt = DateTimeOffset.UtcNow };
        db.Colleges.Add(college);
        return Task.FromResult(college);
    });

    /// <summary>
    /// A programme hosted by a new approved employer with a new college, starting on 1 September 2025 and ending on
    /// 17 July 2026, 12 places, unless told otherwise; a coach must be named.
    /// </summary>
    public Task<InternshipProgramme> CreateProgrammeAsync(Guid coachId, Action<ProgrammeBuilder>? configure = null) => SaveAsync(async db =>
    {
        var builder = new ProgrammeBuilder();
        configure?.Invoke(builder);
        var data = On(db);
        var programme = builder.Programme;
        programme.CoachId = coachId;
        programme.HostEmployerId = builder.HostEmployerId ?? (await data.CreateEmployerAsync()).Id;
        programme.CollegeId = builder.CollegeId ?? (await data.CreateCollegeAsync()).Id;
        db.InternshipProgrammes.Add(programme);
        return programme;
    });

    /// <summary>A person on a programme, with the rotations and notes asked for.</summary>
    public Task<Intern> CreateInternAsync(Guid programmeId, Guid jobSeekerId, Action<InternBuilder>? configure = null) => SaveAsync(db =>
    {
        var builder = new InternBuilder(programmeId, jobSeekerId);
        configure?.Invoke(builder);
        db.Interns.Add(builder.Intern);
        return Task.FromResult(builder.Intern);
    });
}

public sealed class ProgrammeBuilder
{
    internal Guid? HostEmployerId { get; private set; }
    internal Guid? CollegeId { get; private set; }

    internal InternshipProgramme Programme { get; } = new()
    {
        AcademicYearStart = 2025,
        IntakeStartsOn = new DateOnly(2025, 9, 1),
        EndsOn = new DateOnly(2026, 7, 17),
        CohortSize = 12,
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    public ProgrammeBuilder HostedBy(Guid employerId)
    {
        HostEmployerId = employerId;
        return this;
    }

    public ProgrammeBuilder WithCollege(Guid collegeId)
    {
        CollegeId = collegeId;
        return this;
    }

    public ProgrammeBuilder Running(DateOnly intake, DateOnly ends) => With(p => (p.AcademicYearStart, p.IntakeStartsOn, p.EndsOn) = (intake.AddMonths(-7).Year, intake, ends));

    public ProgrammeBuilder WithPlaces(int cohortSize) => With(p => p.CohortSize = cohortSize);

    public ProgrammeBuilder With(Action<InternshipProgramme> change)
    {
        change(Programme);
        return this;
    }
}

public sealed class InternBuilder(Guid programmeId, Guid jobSeekerId)
{
    internal Intern Intern { get; } = new() { ProgrammeId = programmeId, JobSeekerId = jobSeekerId, AddedAt = DateTimeOffset.UtcNow };

    public InternBuilder WithRotation(string department, DateOnly starts, DateOnly ends, string tasks = "Sorting and delivering", params string[] skills)
    {
        Intern.Rotations.Add(new InternRotation { Department = department, StartsOn = starts, EndsOn = ends, Tasks = tasks, SkillsPractised = [.. skills], RecordedAt = DateTimeOffset.UtcNow });
        return this;
    }

    public InternBuilder WithNote(InternNoteKind kind, DateOnly on, string text)
    {
        Intern.Notes.Add(new InternNote { Kind = kind, OccurredOn = on, Text = text, RecordedAt = DateTimeOffset.UtcNow });
        return this;
    }
}

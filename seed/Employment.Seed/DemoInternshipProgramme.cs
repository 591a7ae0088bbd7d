using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Internships;
using Microsoft.AspNetCore.Identity;

namespace Employment.Seed;

/// <summary>
/// One supported internship programme to walk: hosted by the demo employer, coached by the demo coach with six of
/// their caseload as interns (three rotations each, a few notes), and a demo college partner to sign in as.
/// </summary>
internal static class DemoInternshipProgramme
{
    private static readonly string[] Departments = ["Catering", "Post room", "Portering"];

    public static async Task AddAsync(EmploymentDbContext db, DemoWorld world, string passwordHash, Guid collegeRoleId, CancellationToken ct)
    {
        var coach = world.DemoSignIns.First(s => s.User.Email == DemoAccounts.Coach).User;
        var host = world.DemoSignIns.First(s => s.User.Email == DemoAccounts.Employer).User.EmployerId!.Value;
        var today = world.Options.Today;
        var intake = new DateOnly(today.Month >= 9 ? today.Year : today.Year - 1, 9, 7);
        var college = new College { Id = Guid.NewGuid(), Name = "Leicester College", NameKey = College.KeyFor("Leicester College"), CreatedAt = new DateTimeOffset(intake.AddMonths(-6).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) };
        var user = new AppUser
        {
            Id = Guid.NewGuid(), DisplayName = "Priya Shah (Leicester College)", UserName = DemoAccounts.College, NormalizedUserName = DemoAccounts.College.ToUpperInvariant(),
            Email = DemoAccounts.College, NormalizedEmail = DemoAccounts.College.ToUpperInvariant(), EmailConfirmed = true, PasswordHash = passwordHash,
            SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true,
            CollegeId = college.Id, CreatedAt = college.CreatedAt,
        };
        var programme = new InternshipProgramme
        {
            Id = Guid.NewGuid(), HostEmployerId = host, CollegeId = college.Id, CoachId = coach.Id, AcademicYearStart = intake.Year,
            IntakeStartsOn = intake, EndsOn = new DateOnly(intake.Year + 1, 7, 16), CohortSize = 8, CreatedAt = college.CreatedAt, UpdatedAt = college.CreatedAt,
        };
        var interns = world.JobSeekers.Select(j => j.JobSeeker).Where(j => j.CoachId == coach.Id).OrderBy(j => j.FirstName).Take(6)
            .Select((person, n) => new Intern
            {
                Id = Guid.NewGuid(), ProgrammeId = programme.Id, JobSeekerId = person.Id, AddedAt = college.CreatedAt, AddedById = coach.Id,
                Rotations = [.. Departments.Select((department, r) => new InternRotation
                {
                    Id = Guid.NewGuid(), Department = department, StartsOn = intake.AddDays(91 * r), EndsOn = intake.AddDays(91 * r + 88),
                    Tasks = department switch { "Catering" => "Preparing sandwiches and clearing tables", "Post room" => "Sorting and delivering post", _ => "Taking patients' notes between wards" },
                    SkillsPractised = department == "Catering" ? ["food_preparation", "customer_service"] : [], RecordedById = coach.Id, RecordedAt = college.CreatedAt,
                }).Where(r => r.StartsOn <= today)],
                Notes = n % 2 == 0
                    ? [new InternNote { Id = Guid.NewGuid(), Kind = InternNoteKind.Attendance, OccurredOn = intake.AddDays(11), Text = $"{person.FirstName} arrived on time every day this week and travelled alone.", RecordedById = coach.Id, RecordedAt = college.CreatedAt }]
                    : [new InternNote { Id = Guid.NewGuid(), Kind = InternNoteKind.Progress, OccurredOn = intake.AddDays(30), Text = $"{person.FirstName} now sets up the till without prompting.", RecordedById = coach.Id, RecordedAt = college.CreatedAt }],
            }).ToList();
        db.Colleges.Add(college);
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = collegeRoleId });
        db.InternshipProgrammes.Add(programme);
        db.Interns.AddRange(interns);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}

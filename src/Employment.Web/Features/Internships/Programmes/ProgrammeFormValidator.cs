using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.Internships;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Features.Internships.Programmes;

public sealed class ProgrammeFormValidator : AbstractValidator<ProgrammeForm>
{
    public ProgrammeFormValidator(EmploymentDbContext db)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.HostEmployerId)
            .Must(typed => ProgrammeForm.ReadId(typed) is not null).WithMessage("Select the host employer")
            .MustAsync(async (typed, ct) => await db.Employers.AnyAsync(e => e.Id == ProgrammeForm.ReadId(typed) && e.Approval == ApprovalStatus.Approved, ct))
            .WithMessage("Select the host employer from the list");

        RuleFor(f => f.CollegeName)
            .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Enter the college or study programme partner")
            .Must(name => name!.Trim().Length <= InternshipProgrammeService.MostNameLength)
            .WithMessage($"The college's name must be {InternshipProgrammeService.MostNameLength} characters or fewer");

        RuleFor(f => f.AcademicYearStart)
            .Must(typed => ProgrammeForm.ReadNumber(typed) is >= 2000 and <= 2100)
            .WithMessage("Enter the year the academic year starts, like 2026 for 2026 to 2027");

        RuleFor(f => f.IntakeStartsOn).Custom((parts, validation) =>
        {
            if (parts.Parse(ProgrammeForm.IntakeName).Error is { } error)
            {
                validation.AddFailure(error);
            }
        });

        RuleFor(f => f.EndsOn).Custom((parts, validation) =>
        {
            var starts = validation.InstanceToValidate.IntakeStartsOn.Parse(ProgrammeForm.IntakeName).Date;
            var (ends, error) = parts.Parse(ProgrammeForm.EndsName);
            if (error is not null)
            {
                validation.AddFailure(error);
            }
            else if (starts is not null && ends <= starts)
            {
                validation.AddFailure("The end date must be after the intake date");
            }
            else if (starts is not null && ends > starts.Value.AddMonths(18))
            {
                validation.AddFailure("A programme runs for an academic year: the end date must be within 18 months of the intake date");
            }
        });

        RuleFor(f => f.CohortSize)
            .Must(typed => ProgrammeForm.ReadNumber(typed) is >= 1 and <= InternshipProgrammeService.LargestCohort)
            .WithMessage($"Enter the cohort size as a whole number from 1 to {InternshipProgrammeService.LargestCohort}");

        RuleFor(f => f.CoachId)
            .Must(typed => ProgrammeForm.ReadId(typed) is not null).WithMessage("Select the programme's job coach")
            .MustAsync(async (typed, ct) =>
            {
                var id = ProgrammeForm.ReadId(typed);
                return await db.UserRoles.AnyAsync(r => r.UserId == id && db.Roles.Any(role => role.Id == r.RoleId && role.Name == Roles.Coach), ct);
            })
            .WithMessage("Select the programme's job coach from the list");
    }
}

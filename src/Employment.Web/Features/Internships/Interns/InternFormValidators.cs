using Employment.Core.Internships;
using Employment.Core.Placements;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;

namespace Employment.Web.Features.Internships.Interns;

public sealed class AddInternFormValidator : AbstractValidator<AddInternForm>
{
    public AddInternFormValidator()
    {
        RuleFor(f => f.JobSeekerId)
            .Must((form, typed, validation) => validation.FormContext<InternCandidates>().People.Any(p => p.Value == typed && !string.IsNullOrEmpty(typed)))
            .WithMessage("Select a person from your caseload");
    }
}

public sealed class RotationFormValidator : AbstractValidator<RotationForm>
{
    public RotationFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.Department)
            .Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage("Enter the department")
            .Must(d => d!.Trim().Length <= InternshipProgrammeService.MostNameLength)
            .WithMessage($"The department must be {InternshipProgrammeService.MostNameLength} characters or fewer");

        RuleFor(f => f.StartsOn).Custom((parts, validation) =>
        {
            var programme = validation.FormContext<InternContext>().Programme;
            var (starts, error) = parts.Parse(RotationForm.StartsName);
            if (error is not null)
            {
                validation.AddFailure(error);
            }
            else if (starts < programme.IntakeStartsOn || starts > programme.EndsOn)
            {
                validation.AddFailure($"The start date must be within the programme, {WhenItHappened.Day(programme.IntakeStartsOn)} to {WhenItHappened.Day(programme.EndsOn)}");
            }
        });

        RuleFor(f => f.EndsOn).Custom((parts, validation) =>
        {
            var programme = validation.FormContext<InternContext>().Programme;
            var (ends, error) = parts.Parse(RotationForm.EndsName);
            if (error is not null)
            {
                validation.AddFailure(error);
            }
            else if (validation.InstanceToValidate.StartsOn.Parse(RotationForm.StartsName).Date is { } starts && ends < starts)
            {
                validation.AddFailure("The end date must be the same as or after the start date");
            }
            else if (ends > programme.EndsOn)
            {
                validation.AddFailure($"The end date must be on or before the programme ends, {WhenItHappened.Day(programme.EndsOn)}");
            }
        });

        RuleFor(f => f.Tasks)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Say what tasks the intern does in this department")
            .Must(t => t!.Trim().Length <= InternshipProgrammeService.MostTextLength)
            .WithMessage($"The tasks must be {InternshipProgrammeService.MostTextLength:N0} characters or fewer");

        RuleFor(f => f.SkillsPractised)
            .Must((form, skills, validation) => skills.All(validation.FormContext<InternContext>().Skills.Contains))
            .WithMessage("Select skills from the list");
    }
}

public sealed class NoteFormValidator : AbstractValidator<NoteForm>
{
    public NoteFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.Kind)
            .Must(typed => NoteForm.ReadKind(typed) is not null).WithMessage("Select whether it is about attendance or progress");

        RuleFor(f => f.OccurredOn).Custom((parts, validation) =>
        {
            var context = validation.FormContext<InternContext>();
            var (day, error) = parts.Parse(NoteForm.DateName);
            if (error is not null)
            {
                validation.AddFailure(error);
            }
            else if (day > context.Today)
            {
                validation.AddFailure("The date must be today or in the past");
            }
            else if (day < context.Programme.IntakeStartsOn)
            {
                validation.AddFailure($"The date must be on or after the programme started, {WhenItHappened.Day(context.Programme.IntakeStartsOn)}");
            }
        });

        RuleFor(f => f.Text)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Write the note")
            .Must(t => t!.Trim().Length <= InternshipProgrammeService.MostTextLength)
            .WithMessage($"The note must be {InternshipProgrammeService.MostTextLength:N0} characters or fewer");
    }
}

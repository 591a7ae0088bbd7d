using Employment.Core.AccessToWork;
using Employment.Core.JobSeekers;
using Employment.Web.Infrastructure.Forms;
using FluentValidation;

namespace Employment.Web.Features.JobSeekers.AccessToWork;

/// <summary>What was typed for an application: first that it can be read, then the rules as <see cref="AccessToWorkService.Check(JobSeeker, AccessToWorkApplied)"/> has them.</summary>
public sealed class ApplicationFormValidator : AbstractValidator<ApplicationForm>
{
    public ApplicationFormValidator(AccessToWorkService accessToWork)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(f => f.AppliedOn).Custom((parts, validation) =>
        {
            if (parts.Parse(ApplicationForm.DateName).Error is { } error)
            {
                validation.AddFailure(error);
            }
        });

        RuleFor(f => f.Support)
            .Must(typed => typed.Count > 0).WithMessage("Select what the application asks Access to Work to pay for")
            .Must((form, _) => form.SupportReadable).WithMessage("Select what the application asks Access to Work to pay for, from the list");

        RuleFor(f => f).Custom((form, validation) =>
        {
            if (form.AppliedOn.Parse(ApplicationForm.DateName).Date is null)
            {
                return;
            }
            // The support choices already have their one message when nothing readable was chosen; the date still gets its own.
            var supportChecked = form.Support.Count > 0 && form.SupportReadable;
            foreach (var problem in accessToWork.Check(validation.FormContext<JobSeeker>(), form.ToApplied(accessToWork.Today)))
            {
                if (supportChecked || problem.Field != nameof(ApplicationForm.Support))
                {
                    validation.AddFailure(problem.Field, problem.Message);
                }
            }
        });
    }
}
